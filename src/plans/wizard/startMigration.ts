/**
 * The Migration that starts a freshly created plan. (plandetail's
 * src/plans/actions/ builds the same for the list and details pages; this
 * one is replaced by it once both are on main.)
 */
import { FORKLIFT_GROUP, FORKLIFT_VERSION } from '../../k8s/models';
import type { V1beta1Migration, V1beta1Plan } from '../../k8s/types';

export const toMigration = (plan: V1beta1Plan): V1beta1Migration => {
  const name = plan.metadata?.name ?? '';
  return {
    apiVersion: `${FORKLIFT_GROUP}/${FORKLIFT_VERSION}`,
    kind: 'Migration',
    metadata: {
      generateName: `${name}-`,
      namespace: plan.metadata?.namespace,
      ...(plan.metadata?.uid ? { ownerReferences: [{ apiVersion: `${FORKLIFT_GROUP}/${FORKLIFT_VERSION}`, kind: 'Plan', name, uid: plan.metadata.uid }] } : {}),
    },
    spec: { plan: { name, namespace: plan.metadata?.namespace } },
  };
};
