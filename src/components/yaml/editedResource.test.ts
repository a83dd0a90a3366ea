import { describe, expect, it } from 'vitest';
import { editableObject, readEditedYaml } from './editedResource';
import { toSaveFailure } from './saveFailure';

const plan = {
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name: 'p1', namespace: 'ns', resourceVersion: '42', managedFields: [{ manager: 'x' }] },
  spec: { description: 'old' },
};
const yamlOf = (lines: string[]) => lines.join('\n');
const base = ['apiVersion: forklift.konveyor.io/v1beta1', 'kind: Plan', 'metadata:', '  name: p1', '  namespace: ns'];

describe('readEditedYaml', () => {
  it('reads the edited object and keeps the resourceVersion the text carries', () => {
    const read = readEditedYaml(yamlOf([...base, '  resourceVersion: "41"', 'spec:', '  description: new']), plan);
    expect(read.problem).toBeUndefined();
    expect(read.resource?.metadata?.resourceVersion).toBe('41');
    expect((read.resource as typeof plan).spec.description).toBe('new');
  });

  it('puts back the loaded resourceVersion when the line was deleted, so a concurrent change still conflicts', () => {
    const read = readEditedYaml(yamlOf([...base, 'spec: {}']), plan);
    expect(read.resource?.metadata?.resourceVersion).toBe('42');
  });

  it('reports YAML that does not parse with its line', () => {
    const read = readEditedYaml(yamlOf([...base, 'spec:', '  description: "unterminated']), plan);
    expect(read.problem).toMatchObject({ code: 'syntax' });
    expect(read.problem?.code === 'syntax' && read.problem.line).toBeGreaterThanOrEqual(7);
    expect(read.problem?.code === 'syntax' && read.problem.message).toMatch(/\S/);
  });

  it('reports a duplicated key (the server would keep only one of them)', () => {
    expect(readEditedYaml(yamlOf([...base, 'spec: {}', 'spec: {}']), plan).problem).toMatchObject({ code: 'syntax' });
  });

  it('refuses what is not one object', () => {
    expect(readEditedYaml('- a\n- b', plan).problem).toEqual({ code: 'notObject' });
    expect(readEditedYaml('', plan).problem).toEqual({ code: 'notObject' });
    expect(readEditedYaml('just text', plan).problem).toEqual({ code: 'notObject' });
  });

  it('refuses a changed or removed identity: another object would be written', () => {
    expect(readEditedYaml(yamlOf([...base.slice(0, 3), '  name: p2', '  namespace: ns']), plan).problem).toEqual({
      code: 'changed',
      field: 'metadata.name',
      was: 'p1',
      now: 'p2',
    });
    expect(readEditedYaml(yamlOf([base[0], 'kind: Migration', ...base.slice(2)]), plan).problem).toMatchObject({ field: 'kind', now: 'Migration' });
    expect(readEditedYaml(yamlOf([base[0], base[1], 'metadata:', '  name: p1']), plan).problem).toMatchObject({ field: 'metadata.namespace', now: '' });
    expect(readEditedYaml(yamlOf(['apiVersion: forklift.konveyor.io/v1', ...base.slice(1)]), plan).problem).toMatchObject({ field: 'apiVersion' });
  });
});

describe('editableObject', () => {
  it('leaves managedFields out and nothing else', () => {
    const shown = editableObject(plan);
    expect(shown.metadata).toEqual({ name: 'p1', namespace: 'ns', resourceVersion: '42' });
    expect(shown.spec).toBe(plan.spec);
    expect(plan.metadata.managedFields).toHaveLength(1);
  });
});

describe('toSaveFailure', () => {
  const httpError = (json: object) => Object.assign(new Error('failed'), { json });
  it('tells a conflict, an invalid object, a refusal and anything else apart, with the server message', () => {
    const conflict = toSaveFailure(httpError({ code: 409, reason: 'Conflict', message: 'the object has been modified' }));
    expect(conflict).toMatchObject({ kind: 'conflict', message: 'the object has been modified' });
    const invalid = toSaveFailure(
      httpError({ code: 422, reason: 'Invalid', message: 'Plan "p1" is invalid', details: { causes: [{ field: 'spec.vms', message: 'must be an array' }] } }),
    );
    expect(invalid).toMatchObject({ kind: 'invalid', causes: [{ field: 'spec.vms', message: 'must be an array' }] });
    expect(toSaveFailure(httpError({ code: 403, reason: 'Forbidden', message: 'no' })).kind).toBe('forbidden');
    expect(toSaveFailure(new Error('network down'))).toMatchObject({ kind: 'other', message: 'network down' });
  });
});
