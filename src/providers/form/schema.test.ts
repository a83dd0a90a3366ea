import { describe, expect, it } from 'vitest';
import { providerSchema, sdkUrlSuggestion, validateProvider } from './schema';
import { emptyProviderValues, type ProviderFormValues } from './values';

const v = (over: Partial<ProviderFormValues>): ProviderFormValues => ({ ...emptyProviderValues('mtv'), ...over });
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';

describe('provider schema', () => {
  it('accepts a complete vSphere provider and names each missing field', () => {
    expect(validateProvider(v({ name: 'vc1', url: 'https://vc.example.com/sdk', username: 'admin', password: 'p' }))).toEqual({});
    expect(validateProvider(v({}))).toEqual({ name: 'required', url: 'required', username: 'required', password: 'required' });
  });

  it('checks the name format, length and uniqueness in the namespace', () => {
    const base = { url: 'https://vc.example.com/sdk', username: 'u', password: 'p' };
    expect(validateProvider(v({ ...base, name: 'Bad_Name' })).name).toBe('nameFormat');
    expect(validateProvider(v({ ...base, name: 'a'.repeat(254) })).name).toBe('nameTooLong');
    expect(validateProvider(v({ ...base, name: 'vc1' }), { takenNames: new Set(['vc1']) }).name).toBe('nameTaken');
    expect(validateProvider(v({ ...base, name: 'vc1' }), { takenNames: new Set(['vc1']), editing: true }).name).toBeUndefined();
  });

  it('wants an https URL', () => {
    const base = { name: 'p', username: 'u', password: 'p' };
    expect(validateProvider(v({ ...base, url: 'vc.example.com' })).url).toBe('urlFormat');
    expect(validateProvider(v({ ...base, url: 'http://vc.example.com/sdk' })).url).toBe('urlHttps');
  });

  it('checks VDDK buffer numbers only with AIO on', () => {
    const base = { name: 'p', url: 'https://vc.example.com/sdk', username: 'u', password: 'p' };
    expect(validateProvider(v({ ...base, vddkBufCount: 'x' }))).toEqual({});
    expect(validateProvider(v({ ...base, useVddkAio: true, vddkBufCount: '0', vddkBufSizeIn64K: '-2' }))).toEqual({ vddkBufCount: 'positiveInteger', vddkBufSizeIn64K: 'positiveInteger' });
    expect(validateProvider(v({ ...base, useVddkAio: true, vddkBufCount: '8', vddkBufSizeIn64K: '32' }))).toEqual({});
  });

  it('oVirt needs a CA unless verification is skipped; a CA must be PEM', () => {
    const base = { type: 'ovirt' as const, name: 'rhv', url: 'https://rhv.example.com/ovirt-engine/api', username: 'admin@internal', password: 'p' };
    expect(validateProvider(v(base)).caCert).toBe('caRequired');
    expect(validateProvider(v({ ...base, tlsMode: 'skip' }))).toEqual({});
    expect(validateProvider(v({ ...base, caCert: 'not a pem' })).caCert).toBe('caFormat');
    expect(validateProvider(v({ ...base, caCert: PEM }))).toEqual({});
  });

  it('OpenStack: the fields of each auth type', () => {
    const base = { type: 'openstack' as const, name: 'os', url: 'https://keystone.example.com:5000/v3' };
    expect(validateProvider(v(base))).toEqual({ username: 'required', domainName: 'required', projectName: 'required', password: 'required' });
    expect(validateProvider(v({ ...base, openstackAuthType: 'token' }))).toEqual({ token: 'required', projectName: 'required', userID: 'required' });
    expect(validateProvider(v({ ...base, openstackAuthType: 'token', tokenUserBy: 'name' }))).toEqual({ token: 'required', projectName: 'required', username: 'required', domainName: 'required' });
    expect(validateProvider(v({ ...base, openstackAuthType: 'applicationcredential' }))).toEqual({ applicationCredentialSecret: 'required', applicationCredentialID: 'required' });
    expect(validateProvider(v({ ...base, openstackAuthType: 'applicationcredential', appCredentialBy: 'name' }))).toEqual({
      applicationCredentialSecret: 'required',
      applicationCredentialName: 'required',
      username: 'required',
      domainName: 'required',
    });
  });

  it('OpenShift: empty URL is the host cluster; a URL needs a token', () => {
    expect(validateProvider(v({ type: 'openshift', name: 'host2' }))).toEqual({});
    expect(validateProvider(v({ type: 'openshift', name: 'r', url: 'https://api.x.example.com:6443' }))).toEqual({ token: 'required' });
  });

  it('OVA: an NFS share host:/path', () => {
    expect(validateProvider(v({ type: 'ova', name: 'o', url: 'nfs.example.com:/exports/ova' }))).toEqual({});
    expect(validateProvider(v({ type: 'ova', name: 'o', url: 'https://nfs.example.com/x' })).url).toBe('nfsFormat');
  });

  it('editing keeps stored credentials when left empty', () => {
    expect(validateProvider(v({ name: 'vc1', url: 'https://vc.example.com/sdk', username: 'admin' }), { editing: true })).toEqual({});
  });

  it('is a zod schema per type', () => {
    expect(providerSchema('ova').safeParse(v({ type: 'vsphere' })).success).toBe(false);
    expect(providerSchema('ova').safeParse({ type: 'ova' }).success).toBe(false);
  });
});

describe('sdkUrlSuggestion', () => {
  it('offers /sdk for a vSphere URL without it', () => {
    expect(sdkUrlSuggestion('vsphere', 'https://vc.example.com')).toBe('https://vc.example.com/sdk');
    expect(sdkUrlSuggestion('vsphere', 'https://vc.example.com:8443/')).toBe('https://vc.example.com:8443/sdk');
    expect(sdkUrlSuggestion('vsphere', 'https://vc.example.com/sdk/')).toBeUndefined();
    expect(sdkUrlSuggestion('ovirt', 'https://x.example.com')).toBeUndefined();
    expect(sdkUrlSuggestion('vsphere', 'nope')).toBeUndefined();
  });
});

describe('provider schema, per type', () => {
  // A complete, valid form for each of the five types.
  const complete: Record<ProviderFormValues['type'], Partial<ProviderFormValues>> = {
    vsphere: { type: 'vsphere', name: 'vc', url: 'https://vc.example.com/sdk', username: 'administrator@vsphere.local', password: 'p' },
    ovirt: { type: 'ovirt', name: 'rhv', url: 'https://rhv.example.com/ovirt-engine/api', username: 'admin@internal', password: 'p', caCert: PEM },
    openstack: { type: 'openstack', name: 'os', url: 'https://keystone.example.com:5000/v3', username: 'u', password: 'p', domainName: 'Default', projectName: 'admin' },
    openshift: { type: 'openshift', name: 'remote', url: 'https://api.remote.example.com:6443', token: 'sha256~t' },
    ova: { type: 'ova', name: 'ova', url: 'nfs.example.com:/exports/ova' },
  };
  const required: Record<ProviderFormValues['type'], string[]> = {
    vsphere: ['name', 'url', 'username', 'password'],
    ovirt: ['name', 'url', 'username', 'password', 'caCert'],
    openstack: ['name', 'url', 'username', 'domainName', 'projectName', 'password'],
    openshift: ['name'],
    ova: ['name', 'url'],
  };
  const types = Object.keys(complete) as ProviderFormValues['type'][];

  it.each(types)('%s: a complete form passes, the schema itself parses it', (type) => {
    expect(validateProvider(v(complete[type]))).toEqual({});
    expect(providerSchema(type).safeParse(v(complete[type])).success).toBe(true);
  });

  it.each(types)('%s: an empty form names exactly its required fields', (type) => {
    expect(Object.keys(validateProvider(v({ type })))).toEqual(required[type]);
    expect(Object.values(validateProvider(v({ type })))).toEqual(required[type].map((f) => (f === 'caCert' ? 'caRequired' : 'required')));
  });

  it.each(types)('%s: a bad or taken name is refused at the name', (type) => {
    expect(validateProvider(v({ ...complete[type], name: 'Has Spaces' })).name).toBe('nameFormat');
    expect(validateProvider(v(complete[type]), { takenNames: new Set([complete[type].name!]) })).toEqual({ name: 'nameTaken' });
  });

  it.each(types.filter((type) => type !== 'ova'))('%s: a CA that is not PEM is refused, unless verification is skipped', (type) => {
    expect(validateProvider(v({ ...complete[type], caCert: 'hello' }))).toEqual({ caCert: 'caFormat' });
    expect(validateProvider(v({ ...complete[type], caCert: 'hello', tlsMode: 'skip' }))).toEqual({});
  });

  it('OVA and the host OpenShift provider have no TLS to check', () => {
    expect(validateProvider(v({ ...complete.ova, caCert: 'hello' }))).toEqual({});
    expect(validateProvider(v({ type: 'openshift', name: 'host2', caCert: 'hello' }))).toEqual({});
  });

  it('OpenShift: a remote URL must be https; its token is kept when editing', () => {
    expect(validateProvider(v({ ...complete.openshift, url: 'http://api.remote.example.com:6443' })).url).toBe('urlHttps');
    expect(validateProvider(v({ ...complete.openshift, token: '' }), { editing: true })).toEqual({});
  });

  it('OpenStack: each auth type keeps its stored secret when editing', () => {
    const base = { ...complete.openstack, password: '' };
    expect(validateProvider(v(base), { editing: true })).toEqual({});
    expect(validateProvider(v({ ...base, openstackAuthType: 'token', userID: 'u1' }), { editing: true })).toEqual({});
    expect(validateProvider(v({ ...base, openstackAuthType: 'applicationcredential', applicationCredentialID: 'ac1' }), { editing: true })).toEqual({});
    expect(validateProvider(v({ ...base, openstackAuthType: 'applicationcredential', applicationCredentialID: 'ac1' }))).toEqual({ applicationCredentialSecret: 'required' });
  });

  it('vSphere: the AIO buffer fields take whole numbers up to six digits, and may stay empty', () => {
    const aio = { ...complete.vsphere, useVddkAio: true };
    expect(validateProvider(v(aio))).toEqual({});
    expect(validateProvider(v({ ...aio, vddkBufSizeIn64K: '1.5' }))).toEqual({ vddkBufSizeIn64K: 'positiveInteger' });
    expect(validateProvider(v({ ...aio, vddkBufCount: '1234567' }))).toEqual({ vddkBufCount: 'positiveInteger' });
  });
});
