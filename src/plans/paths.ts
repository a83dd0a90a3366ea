import { PlanModel, referenceFor } from '../k8s/models';

/** The console URL of a plan's details page (and of one of its tabs). */
export const planPath = (namespace: string | undefined, name: string | undefined, tab?: string): string =>
  `/k8s/ns/${namespace ?? 'default'}/${referenceFor(PlanModel)}/${name ?? ''}${tab ? `/${tab}` : ''}`;
