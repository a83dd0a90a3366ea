import { ALL_NAMESPACES, PlanModel, referenceFor } from '../k8s/models';

/** The console URL of a plan's details page (and of one of its tabs). */
export const planPath = (namespace: string | undefined, name: string | undefined, tab?: string): string =>
  `/k8s/ns/${namespace ?? 'default'}/${referenceFor(PlanModel)}/${name ?? ''}${tab ? `/${tab}` : ''}`;

/** The plan wizard's URL: in the namespace shown, or `default` when all namespaces are. */
export const createPlanPath = (namespace: string | undefined): string =>
  `/k8s/ns/${!namespace || namespace === ALL_NAMESPACES ? 'default' : namespace}/${referenceFor(PlanModel)}/~new`;
