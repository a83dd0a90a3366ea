/**
 * What the Forklift provider controller checks before and during the
 * connection test, as pure functions of the Provider and its Secret.
 *
 * The simulation's rules for a "bad" provider (documented for demo and e2e
 * authors): a host name containing `unreachable` or `invalid` fails the
 * connection test; a password or token of `wrong` fails authentication; a
 * CA certificate (`ca.crt`, when TLS is verified) that is not the endpoint's
 * own (its subject CN must be the host, see mocks/services/tlsCertificate.ts)
 * fails the TLS handshake.
 */
import type { K8sObject } from '../core/contract';
import type { ConditionInput } from './conditions';
import { trustsHost } from '../services/tlsCertificate';

export type ProviderSpecCheck = { ok: true; warnings: ConditionInput[] } | { ok: false; conditions: ConditionInput[] };
export type ConnectionOutcome = { ok: true } | { ok: false; condition: ConditionInput };

const SUPPORTED = ['openshift', 'vsphere', 'ovirt', 'openstack', 'ova'];

/** Decodes a Secret's data (base64) with stringData as a fallback, as the API server would have merged them. */
export function secretData(secret: K8sObject | undefined): Record<string, string> {
  if (!secret) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((secret.stringData ?? {}) as Record<string, string>)) out[k] = v;
  for (const [k, v] of Object.entries((secret.data ?? {}) as Record<string, string>)) {
    try {
      out[k] = atob(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export function requiredSecretKeys(type: string, data: Record<string, string>): string[] {
  switch (type) {
    case 'vsphere':
      return ['user', 'password'];
    case 'ovirt':
      return data.insecureSkipVerify === 'true' ? ['user', 'password'] : ['user', 'password', data.cacert ? 'cacert' : 'ca.crt'];
    case 'openstack': {
      const auth = data.authType || 'password';
      if (auth === 'token') return ['token', data.userID ? 'userID' : 'username', 'projectName'];
      if (auth === 'applicationcredential') return ['applicationCredentialSecret', data.applicationCredentialName ? 'applicationCredentialName' : 'applicationCredentialID'];
      return ['username', 'password', 'domainName', 'projectName'];
    }
    case 'openshift':
      return ['token'];
    default:
      return [];
  }
}

/** The host part of a provider URL (NFS `host:/path` for OVA); undefined when the URL does not parse. */
export function providerHost(type: string, url: string): string | undefined {
  if (type === 'ova') {
    const m = /^([A-Za-z0-9.-]+):(\/\S*)$/.exec(url);
    return m ? m[1] : undefined;
  }
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return parsed.hostname || undefined;
  } catch {
    return undefined;
  }
}

export function checkProviderSpec(provider: K8sObject, secret: K8sObject | undefined): ProviderSpecCheck {
  const type = String(provider.spec?.type ?? '');
  const url = String(provider.spec?.url ?? '').trim();
  const ref = provider.spec?.secret as { name?: string; namespace?: string } | undefined;
  if (!SUPPORTED.includes(type)) {
    return { ok: false, conditions: [{ type: 'ProviderTypeNotSupported', reason: 'NotSupported', category: 'Critical', message: `The provider type "${type}" is not supported.` }] };
  }
  const isHost = type === 'openshift' && url === '';
  const conditions: ConditionInput[] = [];
  if (!isHost && providerHost(type, url) === undefined) {
    conditions.push({ type: 'UrlNotValid', reason: 'NotValid', category: 'Critical', message: url ? `The provider URL "${url}" is not valid.` : 'The provider URL is required.' });
  }
  if (!isHost) {
    if (!ref?.name) {
      conditions.push({ type: 'SecretNotValid', reason: 'NotSet', category: 'Critical', message: 'The provider secret is not specified.' });
    } else if (!secret) {
      conditions.push({ type: 'SecretNotValid', reason: 'NotFound', category: 'Critical', message: `The provider secret ${ref.namespace ?? provider.metadata.namespace}/${ref.name} was not found.` });
    } else {
      const data = secretData(secret);
      const missing = requiredSecretKeys(type, data).filter((k) => !data[k]);
      if (missing.length > 0) {
        conditions.push({ type: 'SecretNotValid', reason: 'DataErr', category: 'Critical', message: `The provider secret is missing required keys: ${missing.join(', ')}.`, items: missing });
      }
    }
  }
  if (conditions.length > 0) return { ok: false, conditions };
  const warnings: ConditionInput[] = [];
  if (!isHost && secretData(secret).insecureSkipVerify === 'true') {
    warnings.push({ type: 'ConnectionInsecure', reason: 'SkipTLSVerification', category: 'Warn', message: 'TLS is susceptible to machine-in-the-middle attacks when certificate verification is skipped.' });
  }
  return { ok: true, warnings };
}

/** The simulated connection test, run once the spec is valid. */
export function testConnection(provider: K8sObject, secret: K8sObject | undefined): ConnectionOutcome {
  const type = String(provider.spec?.type ?? '');
  const url = String(provider.spec?.url ?? '').trim();
  if (type === 'openshift' && url === '') return { ok: true };
  const host = providerHost(type, url) ?? '';
  if (/unreachable|invalid/i.test(host)) {
    return { ok: false, condition: { type: 'ConnectionTestFailed', reason: 'Tested', category: 'Critical', message: `Could not connect to ${url}: dial tcp: lookup ${host}: no such host.` } };
  }
  const data = secretData(secret);
  const ca = data['ca.crt'] || data.cacert;
  if (type !== 'ova' && data.insecureSkipVerify !== 'true' && ca) {
    const verdict = trustsHost(ca, host);
    if (verdict !== 'trusted') {
      const why = verdict === 'malformed' ? 'x509: malformed certificate in the CA bundle' : 'x509: certificate signed by unknown authority';
      return { ok: false, condition: { type: 'ConnectionTestFailed', reason: 'Tested', category: 'Critical', message: `Could not connect to ${url}: tls: failed to verify certificate: ${why}.` } };
    }
  }
  if (data.password === 'wrong' || data.token === 'wrong' || data.applicationCredentialSecret === 'wrong') {
    return { ok: false, condition: { type: 'ConnectionAuthFailed', reason: 'Tested', category: 'Critical', message: 'Authentication failed: incorrect user name or password.' } };
  }
  return { ok: true };
}
