/**
 * Where "Create migration plan" goes: the Plan create page with the source
 * provider and the chosen VMs in the URL. The plan wizard reads these
 * parameters (it is built separately).
 */
import { PlanModel, referenceFor } from '../k8s/models';

export const createPlanHref = (provider: { namespace: string; name: string }, vmIds: readonly string[]): string => {
  const params = new URLSearchParams({ provider: provider.name, vms: vmIds.join(',') });
  return `/k8s/ns/${encodeURIComponent(provider.namespace)}/${referenceFor(PlanModel)}/~new?${params.toString()}`;
};
