/**
 * The provider form's values: one flat shape for the five types (the type
 * picks which fields count), so switching type in the form never loses what
 * was typed, and one schema (schema.ts) feeds field errors, the YAML preview
 * and the kubectl mtv command.
 */
import type { ProviderType } from '../../k8s/types';

export type SdkEndpoint = 'vcenter' | 'esxi';
export type OpenstackAuthType = 'password' | 'token' | 'applicationcredential';
/** How a token or application credential names the user: by ID or by name. */
export type IdOrName = 'id' | 'name';
/** Verify TLS with the system's CAs or a given CA certificate, or skip verification. */
export type TlsMode = 'verify' | 'skip';

export interface ProviderFormValues {
  type: ProviderType;
  name: string;
  namespace: string;
  url: string;
  // vSphere
  sdkEndpoint: SdkEndpoint;
  vddkInitImage: string;
  useVddkAio: boolean;
  vddkBufSizeIn64K: string;
  vddkBufCount: string;
  // user + password (vSphere, oVirt, OpenStack password auth and token-with-name)
  username: string;
  password: string;
  // OpenShift service-account token, OpenStack token
  token: string;
  // OpenStack
  openstackAuthType: OpenstackAuthType;
  tokenUserBy: IdOrName;
  userID: string;
  appCredentialBy: IdOrName;
  applicationCredentialID: string;
  applicationCredentialName: string;
  applicationCredentialSecret: string;
  domainName: string;
  projectName: string;
  regionName: string;
  // TLS
  tlsMode: TlsMode;
  caCert: string;
}

export const emptyProviderValues = (namespace: string, type: ProviderType = 'vsphere'): ProviderFormValues => ({
  type,
  name: '',
  namespace,
  url: '',
  sdkEndpoint: 'vcenter',
  vddkInitImage: '',
  useVddkAio: false,
  vddkBufSizeIn64K: '',
  vddkBufCount: '',
  username: '',
  password: '',
  token: '',
  openstackAuthType: 'password',
  tokenUserBy: 'id',
  userID: '',
  appCredentialBy: 'id',
  applicationCredentialID: '',
  applicationCredentialName: '',
  applicationCredentialSecret: '',
  domainName: '',
  projectName: '',
  regionName: '',
  tlsMode: 'verify',
  caCert: '',
});

/** An OpenShift provider with no URL is the cluster the console runs on: no secret, no TLS. */
export const isHostProvider = (v: Pick<ProviderFormValues, 'type' | 'url'>): boolean => v.type === 'openshift' && v.url.trim() === '';

/** Types whose endpoint is reached over TLS (OVA is an NFS share). */
export const usesTls = (v: Pick<ProviderFormValues, 'type' | 'url'>): boolean => v.type !== 'ova' && !isHostProvider(v);

/** Forklift's default VDDK AIO buffers when vddkConfig is not set (pkg/controller/plan/adapter/vsphere). */
export const VDDK_DEFAULT_BUF_SIZE_IN_64K = 16;
export const VDDK_DEFAULT_BUF_COUNT = 4;
