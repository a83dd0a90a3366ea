import { describe, expect, it, vi } from 'vitest';

// The create plan module reaches the SDK's k8s calls; nothing here calls them.
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({}));
import { renderMtvCommand } from '../../k8s/write/kubectlMtv';
import { previewCreatePlan } from '../../k8s/write/createPlan';
import { commandCovers, parseVddkConfig, providerCreateCommand, providerCreateSteps, secretData, toProvider, toSecret, vddkConfigText } from './builders';
import { decodeSecretData, encodeSecretValue, providerPatchCommand, providerPatches, secretPatches, valuesFromProvider } from './edit';
import { emptyProviderValues, type ProviderFormValues } from './values';

const v = (over: Partial<ProviderFormValues>): ProviderFormValues => ({ ...emptyProviderValues('mtv'), ...over });
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const vsphere = v({ name: 'vc1', url: 'https://vc.example.com/sdk', username: 'administrator@vsphere.local', password: 's3cr3t', vddkInitImage: 'quay.io/x/vddk:8', useVddkAio: true, vddkBufSizeIn64K: '32', vddkBufCount: '8', caCert: PEM });

describe('provider builders', () => {
  it('builds the vSphere Secret with upstream keys and labels', () => {
    const secret = toSecret(vsphere);
    expect(secret.metadata).toEqual({ generateName: 'vc1-', namespace: 'mtv', labels: { createdForResourceType: 'providers', createdForProviderType: 'vsphere' } });
    expect(secret.stringData).toEqual({ user: 'administrator@vsphere.local', password: 's3cr3t', url: 'https://vc.example.com/sdk', insecureSkipVerify: 'false', 'ca.crt': `${PEM}\n` });
    expect(secretData({ ...vsphere, tlsMode: 'skip' })).toMatchObject({ insecureSkipVerify: 'true' });
    expect(secretData({ ...vsphere, tlsMode: 'skip' })['ca.crt']).toBeUndefined();
  });

  it('writes VDDK settings the way Forklift reads them', () => {
    expect(toProvider(vsphere, 'vc1-abcde').spec).toEqual({
      type: 'vsphere',
      url: 'https://vc.example.com/sdk',
      secret: { name: 'vc1-abcde', namespace: 'mtv' },
      settings: {
        sdkEndpoint: 'vcenter',
        vddkInitImage: 'quay.io/x/vddk:8',
        useVddkAioOptimization: 'true',
        vddkConfig: 'VixDiskLib.nfcAio.Session.BufSizeIn64KB=32\nVixDiskLib.nfcAio.Session.BufCount=8',
      },
    });
    expect(vddkConfigText({ ...vsphere, useVddkAio: false })).toBeUndefined();
    expect(parseVddkConfig('VixDiskLib.nfcAio.Session.BufSizeIn64K=16\nVixDiskLib.nfcAio.Session.BufCount=4')).toEqual({ bufSizeIn64K: '16', bufCount: '4' });
  });

  it('builds each OpenStack auth type', () => {
    const os = v({ type: 'openstack', name: 'os', url: 'https://k.example.com:5000/v3', username: 'm', password: 'p', domainName: 'Default', projectName: 'admin', regionName: 'RegionOne', tlsMode: 'skip' });
    expect(secretData(os)).toEqual({ url: 'https://k.example.com:5000/v3', authType: 'password', username: 'm', password: 'p', domainName: 'Default', projectName: 'admin', regionName: 'RegionOne', insecureSkipVerify: 'true' });
    expect(secretData({ ...os, openstackAuthType: 'token', token: 't', userID: 'u1' })).toEqual({ url: 'https://k.example.com:5000/v3', authType: 'token', token: 't', userID: 'u1', projectName: 'admin', regionName: 'RegionOne', insecureSkipVerify: 'true' });
    expect(secretData({ ...os, openstackAuthType: 'applicationcredential', appCredentialBy: 'name', applicationCredentialName: 'n', applicationCredentialSecret: 's' })).toEqual({
      url: 'https://k.example.com:5000/v3',
      authType: 'applicationcredential',
      applicationCredentialName: 'n',
      username: 'm',
      domainName: 'Default',
      applicationCredentialSecret: 's',
      projectName: 'admin',
      regionName: 'RegionOne',
      insecureSkipVerify: 'true',
    });
    expect(commandCovers(os)).toBe(true);
    expect(commandCovers({ ...os, openstackAuthType: 'token' })).toBe(false);
  });

  it('the host OpenShift provider has no secret; OVA has only the share', () => {
    expect(providerCreateSteps(v({ type: 'openshift', name: 'host2' })).map((s) => s.id)).toEqual(['provider']);
    expect(previewCreatePlan(providerCreateSteps(v({ type: 'openshift', name: 'host2' })))[0]).toMatchObject({ spec: { type: 'openshift', url: '' } });
    expect(secretData(v({ type: 'ova', name: 'o', url: 'nfs.example.com:/ova', tlsMode: 'skip' }))).toEqual({ url: 'nfs.example.com:/ova' });
    expect(secretData(v({ type: 'openshift', name: 'r', url: 'https://api.example.com:6443', token: 'sha256~x' }))).toEqual({ token: 'sha256~x', url: 'https://api.example.com:6443', insecureSkipVerify: 'false' });
  });

  it('plans Secret then Provider, the Provider pointing at the generated Secret', () => {
    const steps = providerCreateSteps(vsphere);
    expect(steps.map((s) => [s.id, s.ownedBy])).toEqual([['secret', 'provider'], ['provider', undefined]]);
    const provider = (steps[1].object as (c: object) => { spec: { secret: { name: string } } })({ secret: { metadata: { name: 'vc1-xyz12' } } });
    expect(provider.spec.secret.name).toBe('vc1-xyz12');
  });

  it('renders the kubectl mtv command with exact flag names', () => {
    expect(renderMtvCommand(providerCreateCommand(vsphere), { revealSecrets: true, multiline: false })).toBe(
      `kubectl mtv create provider vc1 -n mtv --type vsphere --url https://vc.example.com/sdk --username administrator@vsphere.local --password s3cr3t --sdk-endpoint vcenter --vddk-init-image quay.io/x/vddk:8 --use-vddk-aio-optimization --vddk-buf-size-in-64k 32 --vddk-buf-count 8 --cacert '${PEM}\n'`,
    );
    expect(renderMtvCommand(providerCreateCommand({ ...vsphere, tlsMode: 'skip' }), { multiline: false })).toContain("--password '********'");
    expect(renderMtvCommand(providerCreateCommand({ ...vsphere, tlsMode: 'skip' }), { multiline: false })).toContain('--provider-insecure-skip-tls');
    expect(renderMtvCommand(providerCreateCommand(v({ type: 'openshift', name: 'host2' })), { multiline: false })).toBe('kubectl mtv create provider host2 -n mtv --type openshift');
  });
});

describe('provider edits', () => {
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'vc1-abcde', namespace: 'mtv', resourceVersion: '5' },
    data: { user: encodeSecretValue('administrator@vsphere.local'), password: encodeSecretValue('old'), url: encodeSecretValue('https://vc.example.com/sdk'), insecureSkipVerify: encodeSecretValue('true') },
  };
  const provider = {
    apiVersion: 'forklift.konveyor.io/v1beta1',
    kind: 'Provider',
    metadata: { name: 'vc1', namespace: 'mtv', resourceVersion: '7' },
    spec: { type: 'vsphere' as const, url: 'https://vc.example.com/sdk', secret: { name: 'vc1-abcde', namespace: 'mtv' }, settings: { sdkEndpoint: 'vcenter', esxiCloneMethod: 'ssh' } },
  };

  it('reads values back without credentials', () => {
    const values = valuesFromProvider(provider, secret);
    expect(values).toMatchObject({ name: 'vc1', url: 'https://vc.example.com/sdk', username: 'administrator@vsphere.local', password: '', tlsMode: 'skip' });
    expect(decodeSecretData({ data: { k: encodeSecretValue('ünïcode') } })).toEqual({ k: 'ünïcode' });
  });

  it('patches only what changed and keeps an empty password', () => {
    const values = valuesFromProvider(provider, secret);
    expect(providerPatches(provider, values)).toEqual([]);
    expect(secretPatches(secret, values)).toEqual([]);
    const edited = { ...values, vddkInitImage: 'quay.io/x/vddk:9', password: 'new', tlsMode: 'verify' as const, caCert: PEM };
    expect(providerPatches(provider, edited)).toEqual([{ op: 'add', path: '/spec/settings/vddkInitImage', value: 'quay.io/x/vddk:9' }]);
    expect(secretPatches(secret, edited)).toEqual([
      { op: 'replace', path: '/data/password', value: encodeSecretValue('new') },
      { op: 'replace', path: '/data/insecureSkipVerify', value: encodeSecretValue('false') },
      { op: 'add', path: '/data/ca.crt', value: encodeSecretValue(`${PEM}\n`) },
    ]);
    expect(providerPatches(provider, { ...values, url: 'https://vc2.example.com/sdk' })).toEqual([{ op: 'replace', path: '/spec/url', value: 'https://vc2.example.com/sdk' }]);
    expect(providerPatches(provider, { ...values, useVddkAio: true, vddkBufCount: '4' })).toEqual([
      { op: 'add', path: '/spec/settings/useVddkAioOptimization', value: 'true' },
      { op: 'add', path: '/spec/settings/vddkConfig', value: 'VixDiskLib.nfcAio.Session.BufCount=4' },
    ]);
  });

  it('renders kubectl mtv patch provider with the changes', () => {
    const values = valuesFromProvider(provider, secret);
    expect(renderMtvCommand(providerPatchCommand(values, { ...values, url: 'https://vc2.example.com/sdk', password: 'new' }), { multiline: false })).toBe(
      "kubectl mtv patch provider vc1 -n mtv --url https://vc2.example.com/sdk --password '********'",
    );
  });
});
