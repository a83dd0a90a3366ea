/**
 * The Kubernetes models the plugin reads and writes, in the shape the
 * console SDK's k8s* calls and hooks take (K8sModel / K8sGroupVersionKind).
 */
import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';

export const FORKLIFT_GROUP = 'forklift.konveyor.io';
export const FORKLIFT_VERSION = 'v1beta1';

const forklift = (kind: string, plural: string, abbr: string, label: string, labelPlural: string): K8sModel => ({
  apiGroup: FORKLIFT_GROUP,
  apiVersion: FORKLIFT_VERSION,
  kind,
  plural,
  abbr,
  label,
  labelPlural,
  namespaced: true,
  crd: true,
});

export const ProviderModel = forklift('Provider', 'providers', 'PR', 'Provider', 'Providers');
export const PlanModel = forklift('Plan', 'plans', 'PL', 'Plan', 'Plans');
export const MigrationModel = forklift('Migration', 'migrations', 'MG', 'Migration', 'Migrations');
export const NetworkMapModel = forklift('NetworkMap', 'networkmaps', 'NM', 'NetworkMap', 'NetworkMaps');
export const StorageMapModel = forklift('StorageMap', 'storagemaps', 'SM', 'StorageMap', 'StorageMaps');
export const HookModel = forklift('Hook', 'hooks', 'HK', 'Hook', 'Hooks');
export const HostModel = forklift('Host', 'hosts', 'HO', 'Host', 'Hosts');

export const SecretModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Secret',
  plural: 'secrets',
  abbr: 'S',
  label: 'Secret',
  labelPlural: 'Secrets',
  namespaced: true,
};

export const gvkOf = (model: K8sModel): K8sGroupVersionKind => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

/** The console's URL reference for a model: `group~version~Kind`. */
export const referenceFor = (model: K8sModel): string =>
  [model.apiGroup ?? 'core', model.apiVersion, model.kind].join('~');

/** The console URL of a model's list page in a namespace (or all namespaces). */
export const listPath = (model: K8sModel, namespace?: string): string =>
  namespace && namespace !== ALL_NAMESPACES
    ? `/k8s/ns/${namespace}/${referenceFor(model)}`
    : `/k8s/all-namespaces/${referenceFor(model)}`;

/** The console's value for "All projects" in useActiveNamespace. */
export const ALL_NAMESPACES = '#ALL_NS#';

const core = (kind: string, plural: string, abbr: string, namespaced = true): K8sModel => ({
  apiVersion: 'v1',
  kind,
  plural,
  abbr,
  label: kind,
  labelPlural: `${kind}s`,
  namespaced,
});

const grouped = (group: string, version: string, kind: string, plural: string, abbr: string, namespaced = true): K8sModel => ({
  apiGroup: group,
  apiVersion: version,
  kind,
  plural,
  abbr,
  label: kind,
  labelPlural: `${kind}s`,
  namespaced,
});

/** Operator settings and health (usually `forklift-controller` in the operator namespace). */
export const ForkliftControllerModel = forklift('ForkliftController', 'forkliftcontrollers', 'FC', 'ForkliftController', 'ForkliftControllers');

// Core and target-cluster resources the wizards, health and progress views read.
export const NamespaceModel = core('Namespace', 'namespaces', 'NS', false);
export const PodModel = core('Pod', 'pods', 'P');
/** A hook step's Job (Forklift's hook runner). */
export const JobModel = grouped('batch', 'v1', 'Job', 'jobs', 'J');
export const EventModel = core('Event', 'events', 'E');
export const PersistentVolumeClaimModel = core('PersistentVolumeClaim', 'persistentvolumeclaims', 'PVC');
export const ServiceAccountModel = core('ServiceAccount', 'serviceaccounts', 'SA');
export const StorageClassModel = grouped('storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', 'SC', false);
export const NetworkAttachmentDefinitionModel = grouped('k8s.cni.cncf.io', 'v1', 'NetworkAttachmentDefinition', 'network-attachment-definitions', 'NAD');
export const VirtualMachineModel = grouped('kubevirt.io', 'v1', 'VirtualMachine', 'virtualmachines', 'VM');
export const DataVolumeModel = grouped('cdi.kubevirt.io', 'v1beta1', 'DataVolume', 'datavolumes', 'DV');
