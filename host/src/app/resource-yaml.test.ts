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
  it('leaves other kinds as they are', () => {
    expect(resourceYaml({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } })).toContain('a: b');
  });
});
