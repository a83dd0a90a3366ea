/**
 * Validation of the provider form as zod schemas, one per provider type,
 * over the flat values (values.ts). Messages are codes (ProviderErrorCode);
 * the form translates them (useProviderErrorText), so this stays pure.
 */
import * as z from 'zod/mini';
import '../../utils/zodEnglish';
import type { ProviderType } from '../../k8s/types';
import { isHostProvider, usesTls, type ProviderFormValues } from './values';

export type ProviderErrorCode =
  | 'required'
  | 'nameFormat'
  | 'nameTooLong'
  | 'nameTaken'
  | 'urlFormat'
  | 'urlHttps'
  | 'nfsFormat'
  | 'positiveInteger'
  | 'caFormat'
  | 'caRequired';

export interface SchemaContext {
  /** Names of providers already in the namespace (from the watched list). */
  takenNames?: ReadonlySet<string>;
  /** Editing an existing provider: its name is not re-checked and an empty password keeps the stored one. */
  editing?: boolean;
}

const DNS1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NFS = /^[A-Za-z0-9.-]+:\/(?!\/)\S*$/;
const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

type Check = (v: ProviderFormValues, add: (path: keyof ProviderFormValues, code: ProviderErrorCode) => void, ctx: SchemaContext) => void;

const present = (s: string) => s.trim() !== '';

const need =
  (...fields: (keyof ProviderFormValues)[]): Check =>
  (v, add) => {
    for (const f of fields) if (!present(String(v[f]))) add(f, 'required');
  };

/** A credential the edit form may leave empty to keep the stored value. */
const needSecret =
  (...fields: (keyof ProviderFormValues)[]): Check =>
  (v, add, ctx) => {
    if (!ctx.editing) need(...fields)(v, add, ctx);
  };

export const checkName: Check = (v, add, ctx) => {
  if (ctx.editing) return;
  const name = v.name.trim();
  if (!name) return add('name', 'required');
  if (name.length > 253) return add('name', 'nameTooLong');
  if (!DNS1123.test(name)) return add('name', 'nameFormat');
  if (ctx.takenNames?.has(name)) add('name', 'nameTaken');
};

export const checkHttpsUrl: Check = (v, add) => {
  const url = v.url.trim();
  if (!url) return add('url', 'required');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return add('url', 'urlFormat');
  }
  if (parsed.protocol !== 'https:') return add('url', 'urlHttps');
  if (!parsed.hostname) add('url', 'urlFormat');
};

const checkTls: Check = (v, add) => {
  if (!usesTls(v) || v.tlsMode !== 'verify') return;
  if (present(v.caCert) && !PEM.test(v.caCert)) add('caCert', 'caFormat');
  // oVirt's engine API needs the CA unless verification is skipped (Forklift refuses the secret otherwise).
  if (v.type === 'ovirt' && !present(v.caCert)) add('caCert', 'caRequired');
};

const checkVddk: Check = (v, add) => {
  if (!v.useVddkAio) return;
  for (const f of ['vddkBufSizeIn64K', 'vddkBufCount'] as const) {
    const text = v[f].trim();
    if (text && !/^[1-9][0-9]{0,5}$/.test(text)) add(f, 'positiveInteger');
  }
};

const checkOpenstackAuth: Check = (v, add, ctx) => {
  switch (v.openstackAuthType) {
    case 'token':
      needSecret('token')(v, add, ctx);
      need('projectName')(v, add, ctx);
      if (v.tokenUserBy === 'id') need('userID')(v, add, ctx);
      else need('username', 'domainName')(v, add, ctx);
      return;
    case 'applicationcredential':
      needSecret('applicationCredentialSecret')(v, add, ctx);
      if (v.appCredentialBy === 'id') need('applicationCredentialID')(v, add, ctx);
      else need('applicationCredentialName', 'username', 'domainName')(v, add, ctx);
      return;
    default:
      need('username', 'domainName', 'projectName')(v, add, ctx);
      needSecret('password')(v, add, ctx);
  }
};

/** The checks of each provider type, in field order. */
export const CHECKS: Record<ProviderType, Check[]> = {
  vsphere: [checkName, checkHttpsUrl, need('username'), needSecret('password'), checkVddk, checkTls],
  ovirt: [checkName, checkHttpsUrl, need('username'), needSecret('password'), checkTls],
  openstack: [checkName, checkHttpsUrl, checkOpenstackAuth, checkTls],
  openshift: [
    checkName,
    (v, add, ctx) => {
      if (isHostProvider(v)) return;
      checkHttpsUrl(v, add, ctx);
      needSecret('token')(v, add, ctx);
    },
    checkTls,
  ],
  ova: [
    checkName,
    (v, add) => {
      const url = v.url.trim();
      if (!url) add('url', 'required');
      else if (!NFS.test(url)) add('url', 'nfsFormat');
    },
  ],
};

const values = z.object({
  type: z.enum(['vsphere', 'ovirt', 'openstack', 'openshift', 'ova']),
  name: z.string(),
  namespace: z.string(),
  url: z.string(),
  sdkEndpoint: z.enum(['vcenter', 'esxi']),
  vddkInitImage: z.string(),
  useVddkAio: z.boolean(),
  vddkBufSizeIn64K: z.string(),
  vddkBufCount: z.string(),
  username: z.string(),
  password: z.string(),
  token: z.string(),
  openstackAuthType: z.enum(['password', 'token', 'applicationcredential']),
  tokenUserBy: z.enum(['id', 'name']),
  userID: z.string(),
  appCredentialBy: z.enum(['id', 'name']),
  applicationCredentialID: z.string(),
  applicationCredentialName: z.string(),
  applicationCredentialSecret: z.string(),
  domainName: z.string(),
  projectName: z.string(),
  regionName: z.string(),
  tlsMode: z.enum(['verify', 'skip']),
  caCert: z.string(),
});

/** The schema for one provider type. */
export const providerSchema = (type: ProviderType, ctx: SchemaContext = {}) =>
  values.check(
    z.superRefine((v, zctx) => {
      if (v.type !== type) {
        zctx.addIssue({ code: 'custom', path: ['type'], message: 'required' });
        return;
      }
      for (const check of CHECKS[type]) {
        check(v, (path, code) => zctx.addIssue({ code: 'custom', path: [path], message: code }), ctx);
      }
    }),
  );

export type ProviderErrors = Partial<Record<keyof ProviderFormValues, ProviderErrorCode>>;

/** First error code per field (empty when the values are valid). */
export const validateProvider = (v: ProviderFormValues, ctx: SchemaContext = {}): ProviderErrors => {
  const result = providerSchema(v.type, ctx).safeParse(v);
  if (result.success) return {};
  const errors: ProviderErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof ProviderFormValues;
    if (!errors[field]) errors[field] = issue.message as ProviderErrorCode;
  }
  return errors;
};

/** The URL with `/sdk` appended when a vSphere URL has no path (offered, never applied silently). */
export const sdkUrlSuggestion = (type: ProviderType, url: string): string | undefined => {
  if (type !== 'vsphere') return undefined;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'https:' || !parsed.hostname) return undefined;
    if (parsed.pathname.replace(/\/+$/, '') === '/sdk') return undefined;
    return `${parsed.origin}/sdk`;
  } catch {
    return undefined;
  }
};
