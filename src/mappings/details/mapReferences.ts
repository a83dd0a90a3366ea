/** Which plans use a map (a plan names its maps in spec.map.network / spec.map.storage). */
import type { V1beta1Map, V1beta1Plan } from '../../k8s/types';
import type { MappingKind } from '../editor/types';

export const plansUsingMap = (kind: MappingKind, map: V1beta1Map, plans: readonly V1beta1Plan[]): V1beta1Plan[] =>
  plans.filter((p) => {
    const ref = kind === 'network' ? p.spec?.map?.network : p.spec?.map?.storage;
    return ref?.name === map.metadata?.name && (ref?.namespace ?? p.metadata?.namespace) === map.metadata?.namespace;
  });
