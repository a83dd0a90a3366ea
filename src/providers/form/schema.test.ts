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
