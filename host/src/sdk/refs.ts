/**
 * Group/version/kind helpers in the console's formats: references look like
 * `group~version~Kind` (core group written `core`).
 */
import type { K8sGroupVersionKind, K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export const getReference = ({ group, version, kind }: K8sGroupVersionKind): string =>
  [group || 'core', version, kind].join('~');

export const getReferenceForModel = (model: K8sModel): string =>
  getReference({ group: model.apiGroup || 'core', version: model.apiVersion, kind: model.kind });

/** Accepts a `group~version~Kind` reference or a bare kind (a core kind). */
export const getGroupVersionKindForReference = (reference: string): K8sGroupVersionKind => {
  const parts = reference.split('~');
  if (parts.length !== 3) return { version: 'v1', kind: reference };
  const [group, version, kind] = parts;
  return { group: group === 'core' ? undefined : group, version, kind };
};

export const transformGroupVersionKindToReference = (ref: string | K8sGroupVersionKind): string =>
  typeof ref === 'string' ? ref : getReference(ref);

export const getAPIVersionForModel = (model: K8sModel): string =>
  model.apiGroup && model.apiGroup !== 'core' ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;

export const getGroupVersionKindForModel = (model: K8sModel): K8sGroupVersionKind => ({
  group: model.apiGroup && model.apiGroup !== 'core' ? model.apiGroup : undefined,
  version: model.apiVersion,
  kind: model.kind,
});

export const getGroupVersionKindForResource = (resource: K8sResourceCommon): K8sGroupVersionKind => {
  const apiVersion = resource.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { version: apiVersion, kind: resource.kind ?? '' }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1), kind: resource.kind ?? '' };
};
