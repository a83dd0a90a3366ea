/**
 * The Forklift installation itself: the ForkliftController custom resource the
 * operator reconciles, and the pods of its deployments (operator, controller,
 * inventory, API, validation, console plugin, volume populator controller).
 * Their status afterwards belongs to the health loop (controller/health.ts).
 */
import type { K8sObject, ObjectStore } from '../core/contract';
import { createRng, deriveSeed } from '../inventory/prng';
import { RES } from '../controller/resources';

export const FORKLIFT_CONTROLLER_NAME = 'forklift-controller';
export const OPERATOR_VERSION = '2.10.0';

/** Deployments of a Forklift installation: name, container names, image. */
export const FORKLIFT_COMPONENTS: { deployment: string; containers: string[]; image: string }[] = [
  { deployment: 'forklift-operator', containers: ['forklift-operator'], image: 'forklift-operator' },
  { deployment: 'forklift-controller', containers: ['main'], image: 'forklift-controller' },
  { deployment: 'forklift-inventory', containers: ['inventory'], image: 'forklift-controller' },
  { deployment: 'forklift-api', containers: ['main'], image: 'forklift-api' },
  { deployment: 'forklift-validation', containers: ['opa'], image: 'forklift-validation' },
  { deployment: 'forklift-ui-plugin', containers: ['forklift-ui-plugin'], image: 'forklift-console-plugin' },
  { deployment: 'forklift-volume-populator-controller', containers: ['populator-controller'], image: 'populator-controller' },
];

/** Kubernetes-looking pod name suffixes (`<replicaset hash>-<pod hash>`), stable for a seed. */
const POD_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function seedForklift(store: ObjectStore, opts: { seed: number; namespace: string }): void {
  const rng = createRng(deriveSeed(opts.seed, 'forklift-pods'));
  const word = (n: number) => Array.from({ length: n }, () => POD_ALPHABET[rng.int(0, POD_ALPHABET.length - 1)]).join('');
  if (!store.get(RES.forkliftControllers, opts.namespace, FORKLIFT_CONTROLLER_NAME)) {
    store.create(RES.forkliftControllers, {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'ForkliftController',
      metadata: { name: FORKLIFT_CONTROLLER_NAME, namespace: opts.namespace },
      // The demo world's pace: 4 VMs per plan at a time, a precopy every 15 minutes.
      spec: { feature_ui_plugin: 'true', feature_validation: 'true', feature_volume_populator: 'true', controller_max_vm_inflight: 4, controller_precopy_interval: 15 },
    });
  }
  const existing = store.list(RES.pods, opts.namespace);
  for (const c of FORKLIFT_COMPONENTS) {
    const name = `${c.deployment}-${word(10)}-${word(5)}`;
    if (existing.some((p) => p.metadata.labels?.service === c.deployment)) continue;
    const pod: K8sObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: opts.namespace,
        labels: {
          app: 'forklift',
          service: c.deployment,
          'app.kubernetes.io/name': c.deployment,
          'app.kubernetes.io/part-of': 'forklift',
          'app.kubernetes.io/version': OPERATOR_VERSION,
        },
      },
      spec: {
        containers: c.containers.map((container) => ({ name: container, image: `quay.io/kubev2v/${c.image}:${OPERATOR_VERSION}` })),
        serviceAccountName: c.deployment === 'forklift-operator' ? 'forklift-operator' : 'forklift-controller',
        nodeName: `worker-${rng.int(0, 2)}`,
      },
    };
    store.create(RES.pods, pod);
  }
}
