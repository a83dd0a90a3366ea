/**
 * The YAML shown before a write: the object as it will be sent, with the
 * values of a Secret's `data` / `stringData` replaced by a mask unless the
 * person asked to see them. Pure, so the preview and its tests agree.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { stringify } from 'yaml';
import { MASK } from '../../k8s/write/kubectlMtv';

const maskValues = (map: unknown): unknown =>
  map && typeof map === 'object' ? Object.fromEntries(Object.keys(map as object).map((k) => [k, MASK])) : map;

export const isSecret = (obj: K8sResourceCommon): boolean => obj.kind === 'Secret' && (obj.apiVersion ?? 'v1') === 'v1';

/** `kubectl apply` keeps the whole applied object here: for a Secret, every value in clear. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** A copy of the object with Secret values (and the last-applied annotation) masked (other kinds are returned as they are). */
export const maskSecretValues = <R extends K8sResourceCommon>(obj: R): R => {
  if (!isSecret(obj)) return obj;
  const secret = obj as R & { data?: unknown; stringData?: unknown };
  const annotations = secret.metadata?.annotations;
  return {
    ...secret,
    ...(annotations && LAST_APPLIED in annotations ? { metadata: { ...secret.metadata, annotations: { ...annotations, [LAST_APPLIED]: MASK } } } : {}),
    ...(secret.data !== undefined ? { data: maskValues(secret.data) } : {}),
    ...(secret.stringData !== undefined ? { stringData: maskValues(secret.stringData) } : {}),
  };
};

export const previewYaml = (obj: K8sResourceCommon, revealSecrets = false): string =>
  stringify(revealSecrets ? obj : maskSecretValues(obj), { lineWidth: 0 });

/** "Secret prov-abcde" / "Provider vcenter-1" / "Secret (name generated)". */
export const objectTitle = (obj: K8sResourceCommon): string =>
  `${obj.kind ?? 'Object'} ${obj.metadata?.name ?? (obj.metadata?.generateName ? `${obj.metadata.generateName}…` : '')}`.trim();

export const hasSecretObjects = (objects: readonly K8sResourceCommon[]): boolean =>
  objects.some((o) => isSecret(o) && Object.keys({ ...((o as { data?: object }).data ?? {}), ...((o as { stringData?: object }).stringData ?? {}) }).length > 0);
