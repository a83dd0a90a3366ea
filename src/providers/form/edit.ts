/**
 * Editing an existing provider: form values read back from the Provider and
 * its Secret, and the JSON patches that change only what the person changed
 * (never a full replace). Credentials left empty keep the stored value, so a
 * rotation is typing the new password or token.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import type { ProviderType, V1beta1Provider } from '../../k8s/types';
import { pointerKey } from '../../k8s/write/jsonPointer';
import type { MtvCommand, MtvFlag } from '../../k8s/write/kubectlMtv';
import { commandCovers, parseVddkConfig, providerSettings, secretData, type ProviderSecret } from './builders';
import { emptyProviderValues, isHostProvider, usesTls, type ProviderFormValues } from './values';

/** Decodes a Secret's data (base64, UTF-8). */
export const decodeSecretData = (secret: ProviderSecret | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(secret?.data ?? {})) {
    try {
      out[k] = new TextDecoder().decode(Uint8Array.from(atob(v), (c) => c.charCodeAt(0)));
    } catch {
      out[k] = v;
    }
  }
  return out;
};

export const encodeSecretValue = (value: string): string => {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

/** Keys whose values are credentials: never prefilled in the edit form. */
export const CREDENTIAL_KEYS = ['password', 'token', 'applicationCredentialSecret'] as const;

export const valuesFromProvider = (provider: V1beta1Provider, secret: ProviderSecret | undefined): ProviderFormValues => {
  const type = (provider.spec?.type ?? 'vsphere') as ProviderType;
  const data = decodeSecretData(secret);
  const settings = provider.spec?.settings ?? {};
  const vddk = parseVddkConfig(settings.vddkConfig);
  const ca = data['ca.crt'] ?? data.cacert ?? '';
  return {
    ...emptyProviderValues(provider.metadata?.namespace ?? '', type),
    name: provider.metadata?.name ?? '',
    url: provider.spec?.url ?? '',
    sdkEndpoint: settings.sdkEndpoint === 'esxi' ? 'esxi' : 'vcenter',
    vddkInitImage: settings.vddkInitImage ?? '',
    useVddkAio: settings.useVddkAioOptimization === 'true',
    vddkBufSizeIn64K: vddk.bufSizeIn64K ?? '',
    vddkBufCount: vddk.bufCount ?? '',
    username: data.user ?? data.username ?? '',
    openstackAuthType: data.authType === 'token' || data.authType === 'applicationcredential' ? data.authType : 'password',
    tokenUserBy: data.userID ? 'id' : data.username && data.authType === 'token' ? 'name' : 'id',
    userID: data.userID ?? '',
    appCredentialBy: data.applicationCredentialName ? 'name' : 'id',
    applicationCredentialID: data.applicationCredentialID ?? '',
    applicationCredentialName: data.applicationCredentialName ?? '',
    domainName: data.domainName ?? '',
    projectName: data.projectName ?? '',
    regionName: data.regionName ?? '',
    tlsMode: data.insecureSkipVerify === 'true' ? 'skip' : 'verify',
    caCert: ca,
  };
};

const mapPatches = (base: string, before: Record<string, string> | undefined, after: Record<string, string>, encode: (s: string) => string = (s) => s): Patch[] => {
  if (!before) return Object.keys(after).length ? [{ op: 'add', path: base, value: Object.fromEntries(Object.entries(after).map(([k, v]) => [k, encode(v)])) }] : [];
  const ops: Patch[] = [];
  for (const [k, v] of Object.entries(after)) {
    if (before[k] === v) continue;
    ops.push({ op: k in before ? 'replace' : 'add', path: `${base}/${pointerKey(k)}`, value: encode(v) });
  }
  for (const k of Object.keys(before)) if (!(k in after)) ops.push({ op: 'remove', path: `${base}/${pointerKey(k)}` });
  return ops;
};

/** Patches for the Provider: URL and (vSphere) settings keys that changed. */
export const providerPatches = (current: V1beta1Provider, v: ProviderFormValues): Patch[] => {
  const ops: Patch[] = [];
  const url = v.url.trim();
  if ((current.spec?.url ?? '') !== url) ops.push({ op: current.spec && 'url' in current.spec ? 'replace' : 'add', path: '/spec/url', value: url });
  const wanted = providerSettings(v);
  if (wanted) {
    // Settings the form does not manage (e.g. esxiCloneMethod) stay as they are.
    const managed = new Set(['sdkEndpoint', 'vddkInitImage', 'useVddkAioOptimization', 'vddkConfig']);
    const before = current.spec?.settings;
    const kept = Object.fromEntries(Object.entries(before ?? {}).filter(([k]) => !managed.has(k)));
    ops.push(...mapPatches('/spec/settings', before, { ...kept, ...wanted }));
  }
  return ops;
};

/**
 * Patches for the Secret's data: the keys the values produce, with empty
 * credentials keeping the stored ones, and keys of the old auth method removed.
 */
export const secretPatches = (current: ProviderSecret, v: ProviderFormValues): Patch[] => {
  const before = decodeSecretData(current);
  const after = secretData(v);
  for (const k of CREDENTIAL_KEYS) if (!(k in after) && before[k] && keepsCredential(v, k)) after[k] = before[k];
  if (!after['ca.crt'] && before.cacert && v.tlsMode === 'verify' && v.caCert.trim() === before.cacert.trim()) {
    // The deprecated key stays as it was when the CA did not change.
    after.cacert = before.cacert;
  }
  return mapPatches('/data', current.data ? before : undefined, after, encodeSecretValue);
};

/** Whether the auth method the values use still has a place for this stored credential. */
const keepsCredential = (v: ProviderFormValues, key: (typeof CREDENTIAL_KEYS)[number]): boolean => {
  switch (v.type) {
    case 'vsphere':
    case 'ovirt':
      return key === 'password';
    case 'openshift':
      return key === 'token' && !isHostProvider(v);
    case 'openstack':
      return (
        (key === 'password' && v.openstackAuthType === 'password') ||
        (key === 'token' && v.openstackAuthType === 'token') ||
        (key === 'applicationCredentialSecret' && v.openstackAuthType === 'applicationcredential')
      );
    default:
      return false;
  }
};

/** `kubectl mtv patch provider` with the changed values (as far as its flags go). */
export const providerPatchCommand = (initial: ProviderFormValues, v: ProviderFormValues): MtvCommand => {
  const flags: MtvFlag[] = [];
  const changed = <K extends keyof ProviderFormValues>(k: K) => initial[k] !== v[k];
  if (changed('url')) flags.push({ name: 'url', value: v.url.trim() });
  if (changed('username')) flags.push({ name: 'username', value: v.username.trim() });
  if (v.password) flags.push({ name: 'password', value: v.password, secret: true });
  if (v.token) flags.push({ name: 'provider-token', value: v.token, secret: true });
  if (usesTls(v) && (changed('tlsMode') || changed('caCert'))) {
    flags.push({ name: 'provider-insecure-skip-tls', value: v.tlsMode === 'skip' ? 'true' : 'false' });
    if (v.tlsMode === 'verify' && v.caCert.trim()) flags.push({ name: 'cacert', value: v.caCert.trim() + '\n' });
  }
  if (v.type === 'vsphere') {
    if (changed('vddkInitImage')) flags.push({ name: 'vddk-init-image', value: v.vddkInitImage.trim() });
    if (changed('useVddkAio')) flags.push({ name: 'use-vddk-aio-optimization', value: v.useVddkAio ? 'true' : 'false' });
    if (v.useVddkAio && changed('vddkBufSizeIn64K')) flags.push({ name: 'vddk-buf-size-in-64k', value: v.vddkBufSizeIn64K.trim() });
    if (v.useVddkAio && changed('vddkBufCount')) flags.push({ name: 'vddk-buf-count', value: v.vddkBufCount.trim() });
  }
  if (v.type === 'openstack' && commandCovers(v)) {
    if (changed('domainName')) flags.push({ name: 'provider-domain-name', value: v.domainName.trim() });
    if (changed('projectName')) flags.push({ name: 'provider-project-name', value: v.projectName.trim() });
    if (changed('regionName')) flags.push({ name: 'provider-region-name', value: v.regionName.trim() });
  }
  return { verb: ['patch', 'provider'], args: [v.name], namespace: v.namespace, flags };
};
