import * as React from 'react';
import type { PlanType, V1beta1Plan } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';

/** The plan's migration type; the deprecated `warm: true` counts as warm, nothing set as cold. */
export const planTypeOf = (plan: V1beta1Plan): PlanType => plan.spec?.type ?? (plan.spec?.warm ? 'warm' : 'cold');

/** A plan's migration type in words, as the wizard names it (list column, details); stable while the language is. */
export const usePlanTypeLabel = (): ((plan: V1beta1Plan) => string) => {
  const { t } = useForkliftTranslation();
  return React.useCallback(
    (plan: V1beta1Plan) => {
      const names: Record<PlanType, string> = { cold: t('Cold'), warm: t('Warm'), live: t('Live'), conversion: t('Conversion only') };
      return names[planTypeOf(plan)] ?? String(plan.spec?.type);
    },
    [t],
  );
};
