/**
 * The wizard's create as a create plan of the shared write layer
 * (src/k8s/write): maps and hooks first, the plan last, each map and hook
 * owned by the plan (patched once the plan exists, so deleting the plan
 * removes them), and everything written removed again if a later step fails.
 */
import { runCreatePlan, type CreateStep, type WriteClient } from '../../k8s/write';
import { sdkWriteClient } from '../../k8s/write/client';
import { plannedObjects, type SourceNames } from './builders';
import type { WizardValues } from './values';

export const PLAN_STEP = 'plan';

export const createSteps = (values: WizardValues, names: { network: SourceNames; storage: SourceNames }): CreateStep[] =>
  plannedObjects(values, names).map(({ model, data }) =>
    model.kind === 'Plan'
      ? { id: PLAN_STEP, model, object: data }
      : { id: `${model.kind}/${data.metadata?.name}`, model, object: data, ownedBy: PLAN_STEP },
  );

export const createPlanObjects = (values: WizardValues, names: { network: SourceNames; storage: SourceNames }, client: WriteClient = sdkWriteClient) =>
  runCreatePlan(createSteps(values, names), client);
