/**
 * From form values to what is written: the credentials Secret (upstream keys
 * and labels), the Provider, the create plan that writes both (Secret first
 * with generateName, Provider pointing at it, Secret then owned by the
 * Provider) and the equivalent `kubectl mtv create provider` command.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { ProviderModel, SecretModel } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';
import type { CreateStep } from '../../k8s/write/createPlan';
import type { MtvCommand, MtvFlag } from '../../k8s/write/kubectlMtv';
import { isHostProvider, usesTls, type ProviderFormValues } from './values';

export interface ProviderSecret extends K8sResourceCommon {
  type?: string;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const trimmed = (s: string) => s.trim();

/** The VDDK config file Forklift mounts for virt-v2v when AIO is on (`vddkConfig` is used verbatim). */
export const vddkConfigText = (v: Pick<ProviderFormValues, 'useVddkAio' | 'vddkBufSizeIn64K' | 'vddkBufCount'>): string | undefined => {
  if (!v.useVddkAio) return undefined;
  const lines: string[] = [];
  // Key spelling as in Forklift's own default (VixDiskLib.nfcAio.Session.BufSizeIn64KB=16, BufCount=4).
  if (trimmed(v.vddkBufSizeIn64K)) lines.push(`VixDiskLib.nfcAio.Session.BufSizeIn64KB=${Number(v.vddkBufSizeIn64K)}`);
  if (trimmed(v.vddkBufCount)) lines.push(`VixDiskLib.nfcAio.Session.BufCount=${Number(v.vddkBufCount)}`);
  return lines.length ? lines.join('\n') : undefined;
};

/** Reads buffer settings back from a provider's vddkConfig (either key spelling). */
export const parseVddkConfig = (text: string | undefined): { bufSizeIn64K?: string; bufCount?: string } => {
  const out: { bufSizeIn64K?: string; bufCount?: string } = {};
  for (const line of (text ?? '').split('\n')) {
    const m = /^\s*VixDiskLib\.nfcAio\.Session\.(BufSizeIn64KB?|BufCount)\s*=\s*(\d+)\s*$/i.exec(line);
    if (!m) continue;
    if (m[1].toLowerCase().startsWith('bufsize')) out.bufSizeIn64K = m[2];
    else out.bufCount = m[2];
  }
  return out;
};

/** The Provider's spec.settings (vSphere only). */
export const providerSettings = (v: ProviderFormValues): Record<string, string> | undefined => {
  if (v.type !== 'vsphere') return undefined;
  const settings: Record<string, string> = { sdkEndpoint: v.sdkEndpoint };
  if (trimmed(v.vddkInitImage)) settings.vddkInitImage = trimmed(v.vddkInitImage);
  if (v.useVddkAio) settings.useVddkAioOptimization = 'true';
  const config = vddkConfigText(v);
  if (config) settings.vddkConfig = config;
  return settings;
};

const tlsData = (v: ProviderFormValues): Record<string, string> => {
  if (!usesTls(v)) return {};
  if (v.tlsMode === 'skip') return { insecureSkipVerify: 'true' };
  return { insecureSkipVerify: 'false', ...(trimmed(v.caCert) ? { 'ca.crt': v.caCert.trim() + '\n' } : {}) };
};

/** The Secret's keys for the chosen type and auth method, exactly as Forklift reads them. */
export const secretData = (v: ProviderFormValues): Record<string, string> => {
  const url = trimmed(v.url);
  const put = (out: Record<string, string>, entries: [string, string][]) => {
    for (const [k, val] of entries) if (trimmed(val)) out[k] = k === 'password' || k === 'token' || k === 'applicationCredentialSecret' ? val : trimmed(val);
    return out;
  };
  switch (v.type) {
    case 'vsphere':
    case 'ovirt':
      return { ...put({}, [['user', v.username], ['password', v.password], ['url', url]]), ...tlsData(v) };
    case 'openstack': {
      const out = put({}, [['url', url]]);
      out.authType = v.openstackAuthType;
      if (v.openstackAuthType === 'password') {
        put(out, [['username', v.username], ['password', v.password], ['domainName', v.domainName], ['projectName', v.projectName]]);
      } else if (v.openstackAuthType === 'token') {
        put(out, [['token', v.token], ...(v.tokenUserBy === 'id' ? ([['userID', v.userID]] as [string, string][]) : ([['username', v.username], ['domainName', v.domainName]] as [string, string][])), ['projectName', v.projectName]]);
      } else {
        put(out, [
          ...(v.appCredentialBy === 'id'
            ? ([['applicationCredentialID', v.applicationCredentialID]] as [string, string][])
            : ([['applicationCredentialName', v.applicationCredentialName], ['username', v.username], ['domainName', v.domainName]] as [string, string][])),
          ['applicationCredentialSecret', v.applicationCredentialSecret],
          ['projectName', v.projectName],
        ]);
      }
      put(out, [['regionName', v.regionName]]);
      return { ...out, ...tlsData(v) };
    }
    case 'openshift':
      return isHostProvider(v) ? {} : { ...put({}, [['token', v.token], ['url', url]]), ...tlsData(v) };
    case 'ova':
      return put({}, [['url', url]]);
  }
};

export const needsSecret = (v: ProviderFormValues): boolean => !isHostProvider(v);

export const SECRET_LABELS = (type: string) => ({ createdForResourceType: 'providers', createdForProviderType: type });

export const toSecret = (v: ProviderFormValues): ProviderSecret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  type: 'Opaque',
  metadata: { generateName: `${trimmed(v.name)}-`, namespace: v.namespace, labels: SECRET_LABELS(v.type) },
  stringData: secretData(v),
});

export const toProvider = (v: ProviderFormValues, secretName?: string): V1beta1Provider => {
  const settings = providerSettings(v);
  return {
    apiVersion: 'forklift.konveyor.io/v1beta1',
    kind: 'Provider',
    metadata: { name: trimmed(v.name), namespace: v.namespace },
    spec: {
      type: v.type,
      url: trimmed(v.url),
      ...(needsSecret(v) ? { secret: { name: secretName ?? `${trimmed(v.name)}-<generated>`, namespace: v.namespace } } : {}),
      ...(settings ? { settings } : {}),
    },
  };
};

/** Secret (generateName) → Provider (references it) → Secret owned by the Provider. */
export const providerCreateSteps = (v: ProviderFormValues): CreateStep[] => {
  if (!needsSecret(v)) return [{ id: 'provider', model: ProviderModel, object: toProvider(v) }];
  return [
    { id: 'secret', model: SecretModel, object: toSecret(v), ownedBy: 'provider' },
    { id: 'provider', model: ProviderModel, object: (created) => toProvider(v, created.secret?.metadata?.name) },
  ];
};

/** `kubectl mtv create provider` with the same values (secrets flagged for masking). */
export const providerCreateCommand = (v: ProviderFormValues): MtvCommand => {
  const flags: MtvFlag[] = [{ name: 'type', value: v.type }];
  const url = trimmed(v.url);
  if (url) flags.push({ name: 'url', value: url });
  switch (v.type) {
    case 'vsphere':
      flags.push(
        { name: 'username', value: trimmed(v.username) },
        { name: 'password', value: v.password, secret: true },
        { name: 'sdk-endpoint', value: v.sdkEndpoint },
        { name: 'vddk-init-image', value: trimmed(v.vddkInitImage) },
        { name: 'use-vddk-aio-optimization', value: v.useVddkAio },
        { name: 'vddk-buf-size-in-64k', value: v.useVddkAio ? trimmed(v.vddkBufSizeIn64K) : '' },
        { name: 'vddk-buf-count', value: v.useVddkAio ? trimmed(v.vddkBufCount) : '' },
      );
      break;
    case 'ovirt':
      flags.push({ name: 'username', value: trimmed(v.username) }, { name: 'password', value: v.password, secret: true });
      break;
    case 'openstack': {
      // kubectl-mtv's create flags cover password and token auth; an application
      // credential has no flags there, so the command notes it cannot express it.
      const data = secretData(v);
      if (v.openstackAuthType === 'token') flags.push({ name: 'provider-token', value: v.token, secret: true });
      else if (v.openstackAuthType === 'password') flags.push({ name: 'username', value: data.username }, { name: 'password', value: v.password, secret: true });
      flags.push(
        { name: 'provider-domain-name', value: data.domainName },
        { name: 'provider-project-name', value: data.projectName },
        { name: 'provider-region-name', value: data.regionName },
      );
      break;
    }
    case 'openshift':
      if (!isHostProvider(v)) flags.push({ name: 'provider-token', value: v.token, secret: true });
      break;
    case 'ova':
      break;
  }
  if (usesTls(v)) {
    if (v.tlsMode === 'skip') flags.push({ name: 'provider-insecure-skip-tls', value: true });
    else if (trimmed(v.caCert)) flags.push({ name: 'cacert', value: v.caCert.trim() + '\n' });
  }
  return { verb: ['create', 'provider'], args: [trimmed(v.name) || '<name>'], namespace: v.namespace, flags };
};

/** kubectl-mtv's provider flags cover OpenStack password auth only (its token flag writes no user, and it has no application-credential flags). */
export const commandCovers = (v: Pick<ProviderFormValues, 'type' | 'openstackAuthType'>): boolean => !(v.type === 'openstack' && v.openstackAuthType !== 'password');
