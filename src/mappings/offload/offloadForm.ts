/**
 * The storage map's copy offload (vSphere XCOPY) as form fields, kept in the
 * same MappingPair.offload the pair syntax reads and writes, so the two never
 * disagree; and the Secret with the storage array's credentials, made in
 * place. Key names and vendors are Forklift's (vsphere-copy-offload-populator:
 * the populator reads the Secret's keys as its environment; the vSphere
 * credentials GOVMOMI_* are copied in by the controller from the provider's
 * Secret, so they are not asked here). Pure: no React, no i18n.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { OFFLOAD_VENDORS, type OffloadVendor, type StorageOffload } from '../editor/types';

export interface OffloadFormValues {
  vendor: OffloadVendor | '';
  /** An existing Secret's name, or the name of the one made in place. */
  secret: string;
  /** ESXi host ids, separated by commas, spaces or `+`. */
  migrationHosts: string;
}

export type OffloadField = keyof OffloadFormValues;
export type OffloadProblem = 'required' | 'badName' | 'badVendor';

export const offloadFormOf = (offload?: StorageOffload): OffloadFormValues => ({
  vendor: offload?.vendor ?? '',
  secret: offload?.secret ?? '',
  migrationHosts: (offload?.migrationHosts ?? []).join(', '),
});

/** A DNS-1123 subdomain: dot-separated labels of a-z, 0-9 and inner '-'. */
export const isSecretName = (name: string): boolean => name.length <= 253 && name.split('.').every((l) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(l));

const hostsOf = (text: string): string[] => text.split(/[\s,+]+/).filter(Boolean);

/** Problems of the offload fields, by field; empty when they can be saved. */
export const offloadFormProblems = (v: OffloadFormValues): Partial<Record<OffloadField, OffloadProblem>> => {
  const problems: Partial<Record<OffloadField, OffloadProblem>> = {};
  if (!v.vendor) problems.vendor = 'required';
  else if (!(OFFLOAD_VENDORS as readonly string[]).includes(v.vendor)) problems.vendor = 'badVendor';
  if (!v.secret.trim()) problems.secret = 'required';
  else if (!isSecretName(v.secret.trim())) problems.secret = 'badName';
  return problems;
};

/** The pair's offload from valid fields (what the pair syntax writes as offloadVendor/offloadSecret/offloadMigrationHosts). */
export const offloadFromForm = (v: OffloadFormValues): StorageOffload => {
  const hosts = hostsOf(v.migrationHosts);
  return { vendor: v.vendor as OffloadVendor, secret: v.secret.trim(), ...(hosts.length ? { migrationHosts: hosts } : {}) };
};

/** One key of the credentials Secret. */
export interface SecretKey {
  key: string;
  /** Required always; 'auth' = required unless the vendor's token is given instead. */
  required: boolean | 'auth';
  /** Masked in the form and in previews. */
  sensitive?: boolean;
  input: 'text' | 'password' | 'checkbox' | 'number' | 'select';
  options?: readonly string[];
}

const COMMON: SecretKey[] = [
  { key: 'STORAGE_HOSTNAME', required: true, input: 'text' },
  { key: 'STORAGE_USERNAME', required: 'auth', input: 'text' },
  { key: 'STORAGE_PASSWORD', required: 'auth', sensitive: true, input: 'password' },
];

const SKIP_TLS: SecretKey = { key: 'STORAGE_SKIP_SSL_VERIFICATION', required: false, input: 'checkbox' };

const VENDOR_KEYS: Partial<Record<OffloadVendor, SecretKey[]>> = {
  ontap: [{ key: 'ONTAP_SVM', required: true, input: 'text' }],
  pureFlashArray: [
    { key: 'STORAGE_TOKEN', required: false, sensitive: true, input: 'password' },
    { key: 'PURE_CLUSTER_PREFIX', required: true, input: 'text' },
  ],
  powerflex: [{ key: 'POWERFLEX_SYSTEM_ID', required: true, input: 'text' }],
  powermax: [
    { key: 'POWERMAX_SYMMETRIX_ID', required: true, input: 'text' },
    { key: 'POWERMAX_PORT_GROUP_NAME', required: true, input: 'text' },
  ],
  vantara: [
    { key: 'STORAGE_PORT', required: true, input: 'number' },
    { key: 'STORAGE_ID', required: true, input: 'text' },
    { key: 'HOSTGROUP_ID_LIST', required: true, input: 'text' },
    { key: 'COPY_SPEED', required: false, input: 'select', options: ['slower', 'medium', 'faster'] },
  ],
};

/** The keys the vendor's populator reads, in form order. */
export const secretKeysFor = (vendor: OffloadVendor): SecretKey[] => [...COMMON, ...(VENDOR_KEYS[vendor] ?? []), SKIP_TLS];

/** Pure FlashArray alone takes an API token instead of a user and password. */
export const takesToken = (vendor: OffloadVendor): boolean => vendor === 'pureFlashArray';

export interface NewOffloadSecret {
  name: string;
  vendor: OffloadVendor;
  /** Values by key; a checkbox is 'true' or ''. */
  values: Record<string, string>;
}

export type SecretProblem = 'required' | 'badName' | 'taken' | 'userAndPassword' | 'port' | 'choice';

/** Problems of a Secret made in place, by key (`name` for its name); empty when it can be written. */
export const newSecretProblems = (s: NewOffloadSecret, takenNames: ReadonlySet<string>): Record<string, SecretProblem> => {
  const problems: Record<string, SecretProblem> = {};
  const name = s.name.trim();
  if (!name) problems.name = 'required';
  else if (!isSecretName(name)) problems.name = 'badName';
  else if (takenNames.has(name)) problems.name = 'taken';
  const value = (key: string) => (s.values[key] ?? '').trim();
  const token = takesToken(s.vendor) && !!value('STORAGE_TOKEN');
  for (const k of secretKeysFor(s.vendor)) {
    const v = value(k.key);
    if (!v) {
      if (k.required === true || (k.required === 'auth' && !token)) problems[k.key] = 'required';
      continue;
    }
    if (k.input === 'number' && !(/^\d+$/.test(v) && Number(v) > 0 && Number(v) < 65536)) problems[k.key] = 'port';
    if (k.options && !k.options.includes(v)) problems[k.key] = 'choice';
  }
  // With a token, a user and password are ignored by the populator: both or neither.
  if (token && !!value('STORAGE_USERNAME') !== !!value('STORAGE_PASSWORD')) {
    problems[value('STORAGE_USERNAME') ? 'STORAGE_PASSWORD' : 'STORAGE_USERNAME'] = 'userAndPassword';
  }
  return problems;
};

export interface OffloadSecretObject extends K8sResourceCommon {
  type: string;
  stringData: Record<string, string>;
}

/** The Secret as written: Opaque, the non-empty keys only (the skip-TLS switch only when on). */
export const toOffloadSecret = (s: NewOffloadSecret, namespace: string): OffloadSecretObject => {
  const stringData: Record<string, string> = {};
  for (const k of secretKeysFor(s.vendor)) {
    const v = (s.values[k.key] ?? '').trim();
    if (k.input === 'checkbox') {
      if (v === 'true') stringData[k.key] = 'true';
    } else if (v) stringData[k.key] = v;
  }
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: s.name.trim(), namespace }, type: 'Opaque', stringData };
};

/** The Secrets made in place that the pairs still use (one dropped from every pair is not written). */
export const secretsInUse = (secrets: readonly NewOffloadSecret[], pairs: readonly { offload?: StorageOffload }[]): NewOffloadSecret[] =>
  secrets.filter((s) => pairs.some((p) => p.offload?.secret === s.name.trim()));

/** What the mapping editor needs to offer copy offload fields (vSphere sources only). */
export interface OffloadSupport {
  /** Secrets already in the map's namespace. */
  existingSecrets: readonly string[];
  /** Secrets made in place, written with the map. */
  newSecrets: readonly NewOffloadSecret[];
  onNewSecret: (secret: NewOffloadSecret) => void;
}
