import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MASK } from '../../k8s/write/kubectlMtv';
import { hasSecretObjects, maskSecretValues, objectTitle, previewYaml } from './previewYaml';

const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { generateName: 'vc-' }, stringData: { user: 'admin', password: 'hunter2' }, data: { token: 'c2VjcmV0' } };
const provider = { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Provider', metadata: { name: 'vc' }, spec: { url: 'https://x/sdk', settings: { password: 'not-a-secret-field' } } };

describe('previewYaml', () => {
  it('masks every Secret value but keeps the keys', () => {
    const shown = parse(previewYaml(secret));
    expect(shown.stringData).toEqual({ user: MASK, password: MASK });
    expect(shown.data).toEqual({ token: MASK });
    expect(previewYaml(secret)).not.toContain('hunter2');
  });

  it('masks the last-applied-configuration annotation of a Secret, which holds its values in clear', () => {
    const applied = { ...secret, metadata: { name: 's', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(secret), team: 'a' } } };
    const shown = parse(previewYaml(applied));
    expect(shown.metadata.annotations).toEqual({ 'kubectl.kubernetes.io/last-applied-configuration': MASK, team: 'a' });
    expect(previewYaml(applied)).not.toContain('hunter2');
  });

  it('shows the values when revealed and never touches other kinds', () => {
    expect(parse(previewYaml(secret, true)).stringData.password).toBe('hunter2');
    expect(maskSecretValues(provider)).toBe(provider);
    expect(parse(previewYaml(provider)).spec.settings.password).toBe('not-a-secret-field');
  });

  it('writes multi-line values as YAML block scalars that parse back exactly', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const withCa = { ...secret, stringData: { 'ca.crt': pem } };
    expect(parse(previewYaml(withCa, true)).stringData['ca.crt']).toBe(pem);
  });

  it('titles objects by kind and name or generated prefix', () => {
    expect(objectTitle(provider)).toBe('Provider vc');
    expect(objectTitle(secret)).toBe('Secret vc-…');
    expect(hasSecretObjects([provider])).toBe(false);
    expect(hasSecretObjects([provider, secret])).toBe(true);
  });
});
