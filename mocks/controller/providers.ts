/**
 * The provider reconciler: Staging → (connection test) → (inventory load) →
 * Ready, or ValidationFailed / ConnectionFailed, with the timing on the
 * simulated clock. Progress lives in memory keyed by what the outcome depends
 * on (generation, URL, secret version), so editing either re-runs the test.
 */
import type { K8sObject, ObjectStore, SimClock } from '../core/contract';
import { condition, conditionsOf, mergeConditions, readyCondition, type Condition } from './conditions';
import { checkProviderSpec, testConnection } from './providerValidation';
import { RES, getRef } from './resources';

export interface ProviderTiming {
  /** Simulated ms from Staging to the connection test result. */
  connectMs: number;
  /** Simulated ms from a successful test to the inventory being loaded. */
  inventoryMs: number;
}

type Stage = { step: 'connecting' } | { step: 'loading' } | { step: 'ready' } | { step: 'failed'; condition: Condition };

interface Progress {
  key: string;
  stage: Stage;
  cancel?: () => void;
}

export interface ProviderReconciler {
  reconcile(provider: K8sObject): void;
  forget(provider: K8sObject): void;
  stop(): void;
}

export function createProviderReconciler(store: ObjectStore, clock: SimClock, timing: ProviderTiming, requeue: (provider: K8sObject) => void): ProviderReconciler {
  const progress = new Map<string, Progress>();

  const secretOf = (p: K8sObject) => getRef(store, RES.secrets, p.spec?.secret as { name?: string; namespace?: string }, p.metadata.namespace);

  const write = (provider: K8sObject, phase: string, conditions: Condition[]) => {
    const status = {
      ...(provider.status ?? {}),
      phase,
      observedGeneration: provider.metadata.generation ?? 1,
      conditions: mergeConditions(conditionsOf(provider), conditions),
    };
    store.updateStatus(RES.providers, { ...provider, metadata: { ...provider.metadata, resourceVersion: undefined }, status });
  };

  const schedule = (uid: string, p: Progress, ms: number, next: () => Stage) => {
    p.cancel?.();
    p.cancel = clock.setTimeout(() => {
      const current = progress.get(uid);
      if (current !== p) return;
      p.stage = next();
      p.cancel = undefined;
      const latest = store.list(RES.providers).find((x) => x.metadata.uid === uid);
      if (latest) requeue(latest);
    }, ms);
  };

  return {
    reconcile(provider) {
      const uid = provider.metadata.uid ?? '';
      const secret = secretOf(provider);
      const now = clock.now();
      const check = checkProviderSpec(provider, secret);
      if (!check.ok) {
        progress.get(uid)?.cancel?.();
        progress.delete(uid);
        write(provider, 'ValidationFailed', check.conditions.map((c) => condition(c, now)));
        return;
      }
      const key = `${provider.metadata.generation ?? 1}|${String(provider.spec?.url ?? '')}|${secret?.metadata.resourceVersion ?? ''}`;
      let p = progress.get(uid);
      if (!p || p.key !== key) {
        p?.cancel?.();
        // A provider that was already Ready for this generation (e.g. the controller restarted) stays Ready.
        const settled = !p && provider.status?.phase === 'Ready' && provider.status?.observedGeneration === provider.metadata.generation;
        p = { key, stage: settled ? { step: 'ready' } : { step: 'connecting' } };
        progress.set(uid, p);
        if (!settled) {
          const outcome = testConnection(provider, secret);
          schedule(uid, p, timing.connectMs, () => (outcome.ok ? { step: 'loading' } : { step: 'failed', condition: condition(outcome.condition, clock.now()) }));
        }
      } else if (p.stage.step === 'loading' && !p.cancel) {
        schedule(uid, p, timing.inventoryMs, () => ({ step: 'ready' }));
      }
      const validated = condition({ type: 'Validated', reason: 'Completed', category: 'Required', message: 'Validation has been completed.' }, now);
      const warnings = check.warnings.map((c) => condition(c, now));
      const tested = condition({ type: 'ConnectionTestSucceeded', reason: 'Tested', category: 'Required', message: 'Connection test, succeeded.' }, now);
      switch (p.stage.step) {
        case 'connecting':
          write(provider, 'Staging', [validated, ...warnings]);
          break;
        case 'loading':
          write(provider, 'Staging', [validated, tested, ...warnings, condition({ type: 'LoadInventory', reason: 'Started', category: 'Advisory', message: 'Loading the inventory.' }, now)]);
          break;
        case 'ready':
          write(provider, 'Ready', [
            validated,
            tested,
            condition({ type: 'InventoryCreated', reason: 'Completed', category: 'Required', message: 'The inventory has been loaded.' }, now),
            ...warnings,
            readyCondition('The provider is ready.', now),
          ]);
          break;
        case 'failed':
          write(provider, 'ConnectionFailed', [validated, ...warnings, p.stage.condition]);
          break;
      }
    },
    forget(provider) {
      const uid = provider.metadata.uid ?? '';
      progress.get(uid)?.cancel?.();
      progress.delete(uid);
    },
    stop() {
      for (const p of progress.values()) p.cancel?.();
      progress.clear();
    },
  };
}
