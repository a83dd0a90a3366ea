import type { V1beta1Migration, V1beta1Plan } from '../../k8s/types';

/** What every plan tab gets: the watched plan and its migrations. */
export interface PlanTabProps {
  obj: V1beta1Plan;
  customData: { migrations: V1beta1Migration[]; latest?: V1beta1Migration };
}
