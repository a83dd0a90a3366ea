/** A map's readiness as a list shows it: Ready, or the first blocking reason. */
import { blockingConditions, isConditionTrue } from '../k8s/conditions';
import type { V1beta1Map } from '../k8s/types';

export interface MapStatus {
  ready: boolean;
  message?: string;
}

export const mapStatus = (map: V1beta1Map): MapStatus => {
  const blocking = blockingConditions(map.status?.conditions)[0];
  if (blocking) return { ready: false, message: blocking.message ?? blocking.type };
  return { ready: isConditionTrue(map.status?.conditions, 'Ready') };
};
