import { describe, expect, it } from 'vitest';
import { editableYaml, isStale, parseResourceYaml, savedMessage } from './resource-yaml';

describe('ResourceYAMLEditor helpers', () => {
  const plan = { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Plan', metadata: { name: 'p', namespace: 'n', resourceVersion: '7', managedFields: [{ manager: 'x' }] }, spec: { warm: true } };

  it('shows the resource without managedFields, round-tripping the rest', () => {
    const text = editableYaml(plan);
    expect(text).not.toContain('managedFields');
    expect(text.indexOf('apiVersion')).toBeLessThan(text.indexOf('spec'));
    const back = parseResourceYaml(text);
    expect(back.resource).toEqual({ ...plan, metadata: { name: 'p', namespace: 'n', resourceVersion: '7' } });
    expect(editableYaml('kind: X\n')).toBe('kind: X\n');
  });

  it('says why text is not a resource', () => {
    expect(parseResourceYaml('a: [').error).toBeTruthy();
    expect(parseResourceYaml('- 1').error).toMatch(/one object/);
    expect(parseResourceYaml('kind: Plan\nmetadata: {name: p}').error).toMatch(/apiVersion/);
    expect(parseResourceYaml('apiVersion: v1\nmetadata: {name: p}').error).toMatch(/kind/);
    expect(parseResourceYaml('apiVersion: v1\nkind: ConfigMap\nmetadata: {}').error).toMatch(/metadata.name/);
    expect(parseResourceYaml('apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: c-}', true).resource).toBeTruthy();
  });

  it("words the console's messages and notices a newer version", () => {
    expect(savedMessage({ metadata: { name: 'p', resourceVersion: '8' } })).toBe('p has been updated to version 8');
    expect(isStale('7', '8')).toBe(true);
    expect(isStale('7', '7')).toBe(false);
    expect(isStale(undefined, '8')).toBe(false);
  });
});
