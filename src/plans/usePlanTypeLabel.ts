import * as React from 'react';
import type { PlanType, V1beta1Plan } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';

/** The plan's migration type; the deprecated `warm: true` counts as warm, nothing set as cold. */
export const planTypeOf = (plan: V1beta1Plan): PlanType => plan.spec?.type ?? (plan.spec?.warm ? 'warm' : 'cold');

/** Each migration type in words, as the wizard names them (list, filter, details, review); stable while the language is. */
export const usePlanTypeNames = (): Record<PlanType, string> => {
  const { t } = useForkliftTranslation();
  return React.useMemo(() => ({ cold: t('Cold'), warm: t('Warm'), live: t('Live'), conversion: t('Conversion only') }), [t]);
};

/** A plan's migration type in words. */
export const usePlanTypeLabel = (): ((plan: V1beta1Plan) => string) => {
  const names = usePlanTypeNames();
  return React.useCallback((plan: V1beta1Plan) => names[planTypeOf(plan)] ?? String(plan.spec?.type), [names]);
};
