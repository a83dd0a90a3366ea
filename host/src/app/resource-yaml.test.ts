import { describe, expect, it } from 'vitest';
import { MASK, resourceYaml } from './resource-yaml';

describe('resourceYaml', () => {
  it('masks every Secret value and drops managedFields', () => {
    const text = resourceYaml({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', managedFields: [{ manager: 'kubectl' }] },
      data: { password: 'c2VjcmV0' },
    });
    expect(text).toContain(`password: ${MASK}`);
    expect(text).not.toContain('c2VjcmV0');
    expect(text).not.toContain('managedFields');
  });
  it('masks the last-applied-configuration annotation of a Secret, which holds its values in plain text', () => {
    const applied = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { password: 'hunter2' } });
    const text = resourceYaml({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': applied, team: 'blue' } },
      data: { password: 'aHVudGVyMg==' },
    });
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('aHVudGVyMg==');
    expect(text).toContain(`kubectl.kubernetes.io/last-applied-configuration: ${MASK}`);
    expect(text).toContain('team: blue');
  });
  it('leaves other kinds as they are', () => {
    expect(resourceYaml({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } })).toContain('a: b');
  });
});
