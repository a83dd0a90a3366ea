/**
 * Multi-object creates that either all land or leave nothing behind.
 *
 * A create plan is an ordered list of steps. Each step names its object's
 * model and builds the object, optionally from what earlier steps created
 * (a Provider pointing at the generated name of its Secret). A step may be
 * owned by another step: when the owner is created first, the owned object is
 * created with the ownerReference; when the owner comes later (Secret before
 * Provider, as Forklift expects), the owned object is patched once the owner
 * exists. If any create or owner patch fails, what was created is deleted in
 * reverse order and a CreatePlanError says which step failed and why.
 */
import type { K8sModel, K8sResourceCommon, OwnerReference } from '@openshift-console/dynamic-plugin-sdk';
import { toApiFailure, type ApiFailure } from './apiFailure';
import { sdkWriteClient, type WriteClient } from './client';

/** What earlier steps created, by step id (as the server returned them). */
export type Created = Readonly<Record<string, K8sResourceCommon>>;

export interface CreateStep<R extends K8sResourceCommon = K8sResourceCommon> {
  /** Unique within the plan; later steps find this one's result under it. */
  id: string;
  model: K8sModel;
  object: R | ((created: Created) => R);
  /** Id of the step whose object owns this one (set as an ownerReference). */
  ownedBy?: string;
}

export interface StepRef {
  id: string;
  kind: string;
  name?: string;
  namespace?: string;
}

export interface CreatePlanFailure {
  /** The step that failed and what it was doing. */
  step: StepRef;
  action: 'create' | 'setOwner';
  failure: ApiFailure;
  /** What was deleted again, and what could not be (a person must clean it up). */
  rolledBack: StepRef[];
  leftBehind: { step: StepRef; failure: ApiFailure }[];
}

export class CreatePlanError extends Error {
  readonly detail: CreatePlanFailure;
  constructor(detail: CreatePlanFailure) {
    super(detail.failure.message);
    this.name = 'CreatePlanError';
    this.detail = detail;
  }
}

export const isCreatePlanError = (e: unknown): e is CreatePlanError => e instanceof CreatePlanError;

export const ownerReferenceTo = (owner: K8sResourceCommon, model: K8sModel): OwnerReference => ({
  apiVersion: model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion,
  kind: model.kind,
  name: owner.metadata?.name ?? '',
  uid: owner.metadata?.uid ?? '',
});

const refOf = (step: CreateStep, obj: K8sResourceCommon | undefined): StepRef => ({
  id: step.id,
  kind: step.model.kind,
  name: obj?.metadata?.name ?? obj?.metadata?.generateName,
  namespace: obj?.metadata?.namespace,
});

/** Checks the plan's shape (unique ids, owners that exist) before anything is written. */
export const validateCreatePlan = (steps: readonly CreateStep[]): string[] => {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const s of steps) {
    if (ids.has(s.id)) problems.push(`Step id "${s.id}" is used twice.`);
    ids.add(s.id);
  }
  for (const s of steps) {
    if (s.ownedBy && !ids.has(s.ownedBy)) problems.push(`Step "${s.id}" is owned by "${s.ownedBy}", which is not in the plan.`);
    if (s.ownedBy === s.id) problems.push(`Step "${s.id}" cannot own itself.`);
  }
  return problems;
};

/** Builds every step's object for a preview, with placeholder names for generated ones. */
export const previewCreatePlan = (steps: readonly CreateStep[]): K8sResourceCommon[] => {
  const created: Record<string, K8sResourceCommon> = {};
  return steps.map((s) => {
    const obj = typeof s.object === 'function' ? s.object(created) : s.object;
    created[s.id] = obj;
    return obj;
  });
};

/**
 * Runs the plan. Resolves with every created object by step id (owned ones
 * as they are after their owner patch); rejects with CreatePlanError.
 */
export const runCreatePlan = async (steps: readonly CreateStep[], client: WriteClient = sdkWriteClient): Promise<Record<string, K8sResourceCommon>> => {
  const problems = validateCreatePlan(steps);
  if (problems.length) throw new Error(problems.join(' '));
  const created: Record<string, K8sResourceCommon> = {};
  const done: CreateStep[] = [];

  const rollBack = async (): Promise<Pick<CreatePlanFailure, 'rolledBack' | 'leftBehind'>> => {
    const rolledBack: StepRef[] = [];
    const leftBehind: CreatePlanFailure['leftBehind'] = [];
    for (const step of [...done].reverse()) {
      const obj = created[step.id];
      try {
        await client.delete(step.model, obj);
        rolledBack.push(refOf(step, obj));
      } catch (e) {
        const failure = toApiFailure(e);
        // Already gone (e.g. deleted with its owner): nothing left behind.
        if (failure.code === 404) rolledBack.push(refOf(step, obj));
        else leftBehind.push({ step: refOf(step, obj), failure });
      }
    }
    return { rolledBack, leftBehind };
  };

  for (const step of steps) {
    let obj = typeof step.object === 'function' ? step.object(created) : step.object;
    const owner = step.ownedBy ? created[step.ownedBy] : undefined;
    if (owner && step.ownedBy) {
      const ownerStep = steps.find((s) => s.id === step.ownedBy)!;
      obj = { ...obj, metadata: { ...obj.metadata, ownerReferences: [...(obj.metadata?.ownerReferences ?? []), ownerReferenceTo(owner, ownerStep.model)] } };
    }
    try {
      created[step.id] = await client.create(step.model, obj);
      done.push(step);
    } catch (e) {
      throw new CreatePlanError({ step: refOf(step, obj), action: 'create', failure: toApiFailure(e), ...(await rollBack()) });
    }
    // Earlier steps this one owns get their ownerReference now that it exists.
    for (const ownedStep of done.filter((s) => s.ownedBy === step.id && s !== step)) {
      const ownedObj = created[ownedStep.id];
      const refs = ownedObj.metadata?.ownerReferences;
      const ref = ownerReferenceTo(created[step.id], step.model);
      try {
        created[ownedStep.id] = await client.patch(ownedStep.model, ownedObj, [
          refs?.length ? { op: 'add', path: '/metadata/ownerReferences/-', value: ref } : { op: 'add', path: '/metadata/ownerReferences', value: [ref] },
        ]);
      } catch (e) {
        throw new CreatePlanError({ step: refOf(ownedStep, ownedObj), action: 'setOwner', failure: toApiFailure(e), ...(await rollBack()) });
      }
    }
  }
  return created;
};
