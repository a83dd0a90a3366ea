/**
 * The simulated Forklift controller. It follows the store, queues what an
 * event affects, and reconciles on the simulated clock (a zero-delay timer, so
 * it never writes from inside a store listener): providers, then maps, then
 * plans, then migrations. Status is written through `updateStatus` only, and
 * only when it changed (the store drops no-op writes), so it settles.
 */
import type { K8sObject, ObjectStore, SimClock, StoreEvent } from '../core/contract';
import type { Inventory } from '../inventory/index';
import { condition, conditionsOf, isBlocking, mergeConditions, readyCondition, type Condition } from './conditions';
import { validateNetworkMap, validateStorageMap, type MapContext } from './mapValidation';
import { DEFAULT_PIPELINE_TIMING, type PipelineTiming } from './pipeline';
import { validatePlan } from './planValidation';
import { createProviderReconciler, type ProviderTiming } from './providers';
import { RES, getRef, keyOf, sameResource } from './resources';
import { controllerLimits } from './forkliftSettings';
import { createRunner } from './runner';
import { createTargetSide } from './targetSide';

export { createClock, createManualClock } from './clock';

export interface ControllerOptions {
  provider: ProviderTiming;
  pipeline: PipelineTiming;
  /** Simulated ms between migration ticks (and so between status writes of a running plan). */
  tickMs: number;
  /** VMs of one plan migrating at the same time. */
  maxInFlight: number;
  /** Share of VMs that fail deterministically (by id and name). */
  failureRate: number;
}

export const DEFAULT_CONTROLLER_OPTIONS: ControllerOptions = {
  provider: { connectMs: 2_000, inventoryMs: 3_000 },
  pipeline: DEFAULT_PIPELINE_TIMING,
  tickMs: 3_000,
  maxInFlight: 4,
  failureRate: 0.08,
};

type Kind = 'provider' | 'networkMap' | 'storageMap' | 'plan' | 'migration';
const ORDER: Kind[] = ['provider', 'networkMap', 'storageMap', 'plan', 'migration'];
const RESOURCE_OF = { provider: RES.providers, networkMap: RES.networkMaps, storageMap: RES.storageMaps, plan: RES.plans, migration: RES.migrations };

export function startController(store: ObjectStore, clock: SimClock, inventory: Inventory, options: Partial<ControllerOptions> = {}): () => void {
  const opts: ControllerOptions = { ...DEFAULT_CONTROLLER_OPTIONS, ...options };
  const queue = new Map<Kind, Set<string>>(ORDER.map((k) => [k, new Set()]));
  let flushTimer: (() => void) | undefined;
  let stopped = false;

  const enqueue = (kind: Kind, key: string) => {
    if (stopped) return;
    queue.get(kind)!.add(key);
    flushTimer ??= clock.setTimeout(flush, 0);
  };
  const enqueueAll = (kind: Kind) => {
    for (const o of store.list(RESOURCE_OF[kind])) enqueue(kind, keyOf(o));
  };
  const split = (key: string): [string, string] => {
    const i = key.indexOf('/');
    return [key.slice(0, i), key.slice(i + 1)];
  };

  const providers = createProviderReconciler(store, clock, opts.provider, (p) => enqueue('provider', keyOf(p)));
  const target = createTargetSide(store, clock);
  const runner = createRunner(
    store,
    clock,
    inventory,
    {
      timing: opts.pipeline,
      tickMs: opts.tickMs,
      maxInFlight: opts.maxInFlight,
      failureRate: opts.failureRate,
      limits: () => controllerLimits(store, { maxInFlight: opts.maxInFlight, precopyIntervalMs: opts.pipeline.precopyIntervalMs }),
    },
    (planKey) => enqueue('plan', planKey),
    target,
  );

  const nadExists = (ns: string, name: string) => !!store.get(RES.nads, ns, name);
  const providerPair = (obj: K8sObject) => {
    const pair = (obj.spec?.provider ?? {}) as { source?: { name?: string; namespace?: string }; destination?: { name?: string; namespace?: string } };
    const source = getRef(store, RES.providers, pair.source, obj.metadata.namespace);
    const destination = getRef(store, RES.providers, pair.destination, obj.metadata.namespace);
    return { source, destination, sourceInventory: source ? inventory.forProvider(source) : undefined };
  };

  const writeStatus = (resource: typeof RES.plans, obj: K8sObject, conditions: Condition[], extra: Record<string, unknown> = {}) => {
    const status = { ...(obj.status ?? {}), ...extra, observedGeneration: obj.metadata.generation ?? 1, conditions: mergeConditions(conditionsOf(obj), conditions) };
    store.updateStatus(resource, { ...obj, metadata: { ...obj.metadata, resourceVersion: undefined }, status });
  };

  const reconcileMap = (kind: 'networkMap' | 'storageMap', map: K8sObject) => {
    const now = clock.now();
    const ctx: MapContext = { ...providerPair(map), nadExists, storageClassExists: (name) => !!store.get(RES.storageClasses, undefined, name) };
    const result = kind === 'networkMap' ? validateNetworkMap(map, ctx) : validateStorageMap(map, ctx);
    const conditions = result.conditions.map((c) => condition(c, now));
    if (!conditions.some(isBlocking)) conditions.push(readyCondition('The map is ready.', now));
    writeStatus(RESOURCE_OF[kind], map, conditions, { references: result.references });
  };

  const reconcilePlan = (plan: K8sObject) => {
    const now = clock.now();
    const run = runner.planRunStatus(plan);
    const started = !!run || !!plan.status?.migration;
    const maps = (plan.spec?.map ?? {}) as { network?: { name?: string; namespace?: string }; storage?: { name?: string; namespace?: string } };
    const validation = validatePlan(plan, {
      ...providerPair(plan),
      networkMap: getRef(store, RES.networkMaps, maps.network, plan.metadata.namespace),
      storageMap: getRef(store, RES.storageMaps, maps.storage, plan.metadata.namespace),
      hookExists: (ns, name) => !!store.get(RES.hooks, ns, name),
      nadExists,
      namespaceExists: (name) => !!store.get(RES.namespaces, undefined, name),
      targetVmExists: (ns, name) => !!store.get(RES.virtualMachines, ns, name),
      started,
    }).map((c) => condition(c, now));
    if (!validation.some(isBlocking)) validation.push(readyCondition('The migration plan is ready.', now));
    // Run conditions come from the live run, else stay as last written (a finished or seeded plan).
    const RUN_TYPES = ['Executing', 'Succeeded', 'Failed', 'Canceled'];
    const runConditions = run ? run.conditions : conditionsOf(plan).filter((c) => RUN_TYPES.includes(c.type));
    // Archived (validation adds the condition): Forklift also cleans up what the run left behind (pods); VMs and volumes stay.
    const archived = plan.spec?.archived === true;
    if (archived && !conditionsOf(plan).some((c) => c.type === 'Archived')) {
      runner.cancelPlan(keyOf(plan));
      const removed = target.archive(plan);
      target.planEvent(plan, 'Normal', 'Archived', `The plan was archived; ${removed} pods removed from ${String(plan.spec?.targetNamespace ?? '')}.`);
    }
    writeStatus(RES.plans, plan, [...validation, ...runConditions], run ? { migration: run.migration } : {});
  };

  function flush() {
    flushTimer = undefined;
    for (const kind of ORDER) {
      const keys = [...queue.get(kind)!];
      queue.get(kind)!.clear();
      for (const key of keys) {
        const [ns, name] = split(key);
        const obj = store.get(RESOURCE_OF[kind], ns || undefined, name);
        if (!obj || obj.metadata.deletionTimestamp) continue;
        try {
          if (kind === 'provider') providers.reconcile(obj);
          else if (kind === 'networkMap' || kind === 'storageMap') reconcileMap(kind, obj);
          else if (kind === 'plan') reconcilePlan(obj);
          else runner.reconcileMigration(obj);
        } catch (err) {
          // A write can race a delete or a conflicting edit: try again on the next pass.
          if (!(err instanceof Error && /not found|conflict/i.test(err.message))) console.error(`[sim-controller] ${kind} ${key}:`, err);
        }
      }
    }
  }

  const onEvent = (event: StoreEvent) => {
    const r = event.resource;
    const obj = event.object;
    const key = keyOf(obj);
    if (sameResource(r, RES.providers)) {
      if (event.type === 'DELETED') providers.forget(obj);
      else enqueue('provider', key);
      // Our own provider status writes fan out to whatever depends on readiness.
      enqueueAll('networkMap');
      enqueueAll('storageMap');
      enqueueAll('plan');
    } else if (sameResource(r, RES.secrets)) {
      enqueueAll('provider');
    } else if (sameResource(r, RES.networkMaps) || sameResource(r, RES.storageMaps)) {
      if (event.type !== 'DELETED') enqueue(sameResource(r, RES.networkMaps) ? 'networkMap' : 'storageMap', key);
      enqueueAll('plan');
    } else if (sameResource(r, RES.plans)) {
      if (event.type !== 'DELETED') enqueue('plan', key);
      // A plan turning Ready starts Migrations that were waiting for it.
      for (const m of store.list(RES.migrations, obj.metadata.namespace)) {
        const ref = m.spec?.plan as { name?: string } | undefined;
        if (ref?.name === obj.metadata.name) {
          if (event.type === 'DELETED') runner.forgetMigration(m);
          else enqueue('migration', keyOf(m));
        }
      }
    } else if (sameResource(r, RES.migrations)) {
      if (event.type === 'DELETED') runner.forgetMigration(obj);
      else enqueue('migration', key);
    } else if (sameResource(r, RES.nads) || sameResource(r, RES.storageClasses)) {
      enqueueAll('networkMap');
      enqueueAll('storageMap');
      enqueueAll('plan');
    } else if (sameResource(r, RES.hooks) || sameResource(r, RES.namespaces) || (sameResource(r, RES.virtualMachines) && event.type !== 'MODIFIED')) {
      enqueueAll('plan');
    }
  };

  const unsubscribe = store.subscribe(onEvent);
  for (const kind of ORDER) enqueueAll(kind);

  return () => {
    stopped = true;
    unsubscribe();
    flushTimer?.();
    providers.stop();
    runner.stop();
  };
}
