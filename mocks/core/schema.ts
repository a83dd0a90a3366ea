/**
 * A light structural schema per kind: enough to validate required fields,
 * enums and types of the Forklift kinds, to find unknown fields (strict field
 * validation / pruning) and to publish an OpenAPI v3 document for kubectl.
 * One description serves all three, so they cannot disagree.
 */

export type Schema =
  | { type: 'string'; enum?: readonly string[]; format?: 'date-time' | 'byte' }
  | { type: 'integer' | 'number' | 'boolean' }
  | { type: 'array'; items: Schema }
  | {
      type: 'object';
      properties?: Record<string, Schema>;
      required?: readonly string[];
      /** A map whose values follow this schema (labels, settings). */
      additionalProperties?: Schema;
    }
  /** Anything goes below here (x-kubernetes-preserve-unknown-fields). */
  | { type: 'any' };

export type ObjectSchema = Extract<Schema, { type: 'object' }>;

const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const any: Schema = { type: 'any' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const stringMap: Schema = { type: 'object', additionalProperties: str };
const strEnum = (...values: string[]): Schema => ({ type: 'string', enum: values });
const obj = (properties: Record<string, Schema>, required?: string[]): ObjectSchema => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
});
const arr = (items: Schema): Schema => ({ type: 'array', items });

export const objectMetaSchema: ObjectSchema = obj({
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int,
  creationTimestamp: dateTime,
  deletionTimestamp: dateTime,
  deletionGracePeriodSeconds: int,
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: arr(
    obj(
      { apiVersion: str, kind: str, name: str, uid: str, controller: bool, blockOwnerDeletion: bool },
      ['apiVersion', 'kind', 'name', 'uid'],
    ),
  ),
  finalizers: arr(str),
  managedFields: arr(any),
});

/** core/v1 ObjectReference: what Forklift uses for provider, secret, map references. */
const objectRef = obj({
  apiVersion: str,
  kind: str,
  name: str,
  namespace: str,
  uid: str,
  resourceVersion: str,
  fieldPath: str,
});

/** Forklift's ref.Ref: a source-side inventory reference. */
const forkliftRef = { id: str, name: str, namespace: str, type: str };

const providerPair = obj({ source: objectRef, destination: objectRef }, ['source', 'destination']);

const providerSpec = obj(
  {
    type: strEnum('openshift', 'vsphere', 'ovirt', 'openstack', 'ova'),
    url: str,
    secret: objectRef,
    settings: stringMap,
  },
  ['type'],
);

const networkMapSpec = obj(
  {
    provider: providerPair,
    map: arr(
      obj(
        {
          source: obj({ ...forkliftRef, vlan: str }),
          destination: obj({ type: strEnum('pod', 'multus', 'ignored'), name: str, namespace: str }, ['type']),
        },
        ['source', 'destination'],
      ),
    ),
  },
  ['provider', 'map'],
);

const storageMapSpec = obj(
  {
    provider: providerPair,
    map: arr(
      obj(
        {
          source: obj({ ...forkliftRef }),
          destination: obj(
            {
              storageClass: str,
              volumeMode: strEnum('Filesystem', 'Block'),
              accessMode: strEnum('ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany'),
            },
            ['storageClass'],
          ),
          offloadPlugin: any,
        },
        ['source', 'destination'],
      ),
    ),
  },
  ['provider', 'map'],
);

const powerState = strEnum('on', 'off', 'auto');

const planVm = obj({
  ...forkliftRef,
  hooks: arr(obj({ step: strEnum('PreHook', 'PostHook'), hook: objectRef }, ['step', 'hook'])),
  targetName: str,
  rootDisk: str,
  instanceType: str,
  targetPowerState: powerState,
  pvcNameTemplate: str,
  volumeNameTemplate: str,
  networkNameTemplate: str,
  luks: objectRef,
  nbdeClevis: bool,
  deleteVmOnFailMigration: bool,
});

const planSpec = obj(
  {
    description: str,
    type: strEnum('cold', 'warm', 'live', 'conversion'),
    warm: bool,
    archived: bool,
    targetNamespace: str,
    provider: providerPair,
    map: obj({ network: objectRef, storage: objectRef }),
    vms: arr(planVm),
    transferNetwork: objectRef,
    targetPowerState: powerState,
    preserveStaticIPs: bool,
    preserveClusterCpuModel: bool,
    pvcNameTemplate: str,
    pvcNameTemplateUseGenerateName: bool,
    volumeNameTemplate: str,
    networkNameTemplate: str,
    targetLabels: stringMap,
    targetNodeSelector: stringMap,
    targetAffinity: any,
    convertorLabels: stringMap,
    convertorNodeSelector: stringMap,
    convertorAffinity: any,
    migrateSharedDisks: bool,
    deleteVmOnFailMigration: bool,
    deleteGuestConversionPod: bool,
    runPreflightInspection: bool,
    skipGuestConversion: bool,
    useCompatibilityMode: bool,
    installLegacyDrivers: bool,
    diskBus: str,
    serviceAccount: str,
  },
  ['targetNamespace', 'provider', 'map', 'vms'],
);

const migrationSpec = obj(
  {
    plan: objectRef,
    cancel: arr(obj({ ...forkliftRef })),
    cutover: dateTime,
    vmCutover: arr(obj({ id: str, cutover: dateTime }, ['id'])),
  },
  ['plan'],
);

const hookSpec = obj(
  { image: str, playbook: str, serviceAccount: str, deadline: int },
  ['image'],
);

const hostSpec = obj({ ...forkliftRef, provider: objectRef, ipAddress: str, secret: objectRef }, ['provider', 'ipAddress']);

function kindSchema(spec: Schema | undefined, extra: Record<string, Schema> = {}, required: string[] = []): ObjectSchema {
  const properties: Record<string, Schema> = { apiVersion: str, kind: str, metadata: objectMetaSchema, ...extra };
  if (spec) {
    properties.spec = spec;
    properties.status = any;
  }
  return obj(properties, required.length ? required : undefined);
}

/** A kind whose body we do not model: only metadata is checked, everything else is preserved. */
const looseKind = (): ObjectSchema => kindSchema(any);

/** Schemas by `<apiVersion>/<kind>`. */
export const KIND_SCHEMAS: Record<string, ObjectSchema> = {
  'forklift.konveyor.io/v1beta1/Provider': kindSchema(providerSpec, {}, ['spec']),
  'forklift.konveyor.io/v1beta1/NetworkMap': kindSchema(networkMapSpec, {}, ['spec']),
  'forklift.konveyor.io/v1beta1/StorageMap': kindSchema(storageMapSpec, {}, ['spec']),
  'forklift.konveyor.io/v1beta1/Plan': kindSchema(planSpec, {}, ['spec']),
  'forklift.konveyor.io/v1beta1/Migration': kindSchema(migrationSpec, {}, ['spec']),
  'forklift.konveyor.io/v1beta1/Hook': kindSchema(hookSpec, {}, ['spec']),
  'forklift.konveyor.io/v1beta1/Host': kindSchema(hostSpec, {}, ['spec']),
  'forklift.konveyor.io/v1beta1/ForkliftController': kindSchema(any),
  'v1/Namespace': kindSchema(obj({ finalizers: arr(str) })),
  'v1/Secret': kindSchema(undefined, {
    type: str,
    data: { type: 'object', additionalProperties: { type: 'string', format: 'byte' } },
    stringData: stringMap,
    immutable: bool,
  }),
  'v1/ConfigMap': kindSchema(undefined, { data: stringMap, binaryData: stringMap, immutable: bool }),
  'v1/Pod': looseKind(),
  'batch/v1/Job': looseKind(),
  // core/v1 Event keeps its fields at the top level, not under spec.
  'v1/Event': kindSchema(undefined, {
    involvedObject: any,
    related: any,
    reason: str,
    message: str,
    type: str,
    count: int,
    firstTimestamp: str,
    lastTimestamp: str,
    eventTime: any,
    series: any,
    action: str,
    source: any,
    reportingComponent: str,
    reportingInstance: str,
  }),
  'v1/PersistentVolumeClaim': looseKind(),
  'storage.k8s.io/v1/StorageClass': kindSchema(undefined, {
    provisioner: str,
    parameters: stringMap,
    reclaimPolicy: str,
    volumeBindingMode: str,
    allowVolumeExpansion: bool,
    mountOptions: arr(str),
    allowedTopologies: arr(any),
  }, ['provisioner']),
  'k8s.cni.cncf.io/v1/NetworkAttachmentDefinition': kindSchema(obj({ config: str })),
  'kubevirt.io/v1/VirtualMachine': looseKind(),
  'cdi.kubevirt.io/v1beta1/DataVolume': looseKind(),
  'authorization.k8s.io/v1/SelfSubjectAccessReview': kindSchema(any),
};

export function schemaFor(apiVersion: string, kind: string): ObjectSchema | undefined {
  return KIND_SCHEMAS[`${apiVersion}/${kind}`];
}
