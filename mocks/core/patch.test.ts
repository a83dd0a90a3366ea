import { describe, expect, it } from 'vitest';
import { applyPatch, jsonPatch, mergePatch, patchTypeOf, strategicMergePatch } from './patch';
import { StatusError } from './status';
import type { Json } from './test-fixtures';

const doc = { metadata: { name: 'p', labels: { a: '1', b: '2' } }, spec: { vms: [{ id: '1' }, { id: '2' }], type: 'cold' } };

function codeOf(fn: () => unknown): number {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatusError) return error.code;
    throw error;
  }
  return 0;
}

describe('patch content types', () => {
  it('maps content types and rejects others with 415', () => {
    expect(patchTypeOf('application/json-patch+json')).toBe('json');
    expect(patchTypeOf('application/merge-patch+json; charset=utf-8')).toBe('merge');
    expect(patchTypeOf('application/strategic-merge-patch+json')).toBe('strategic');
    expect(patchTypeOf('application/apply-patch+yaml')).toBe('apply');
    expect(codeOf(() => patchTypeOf('application/json'))).toBe(415);
  });
});

describe('JSON patch (RFC 6902)', () => {
  it('adds, removes, replaces, moves, copies and tests', () => {
    const out = jsonPatch(doc, [
      { op: 'add', path: '/spec/vms/-', value: { id: '3' } },
      { op: 'add', path: '/spec/vms/0', value: { id: '0' } },
      { op: 'remove', path: '/metadata/labels/a' },
      { op: 'replace', path: '/spec/type', value: 'warm' },
      { op: 'copy', from: '/spec/type', path: '/spec/copied' },
      { op: 'move', from: '/metadata/labels/b', path: '/metadata/labels/c' },
      { op: 'test', path: '/spec/vms/3/id', value: '3' },
      { op: 'add', path: '/metadata/annotations', value: { 'a~b/c': 'x' } },
      { op: 'replace', path: '/metadata/annotations/a~0b~1c', value: 'y' },
    ]) as Json;
    expect(out.spec.vms.map((v: { id: string }) => v.id)).toEqual(['0', '1', '2', '3']);
    expect(out.metadata.labels).toEqual({ c: '2' });
    expect(out.spec.type).toBe('warm');
    expect(out.spec.copied).toBe('warm');
    expect(out.metadata.annotations).toEqual({ 'a~b/c': 'y' });
    expect(doc.spec.vms).toHaveLength(2);
  });

  it('fails a test op or a missing path with 422 and a bad op with 400', () => {
    expect(codeOf(() => jsonPatch(doc, [{ op: 'test', path: '/spec/type', value: 'warm' }]))).toBe(422);
    expect(codeOf(() => jsonPatch(doc, [{ op: 'replace', path: '/spec/nothing', value: 1 }]))).toBe(422);
    expect(codeOf(() => jsonPatch(doc, [{ op: 'add', path: '/no/such/parent', value: 1 }]))).toBe(422);
    expect(codeOf(() => jsonPatch(doc, [{ op: 'frobnicate', path: '/spec' }]))).toBe(400);
    expect(codeOf(() => jsonPatch(doc, { op: 'add' }))).toBe(400);
  });
});

describe('merge patches', () => {
  it('RFC 7386: merges maps, null deletes, lists replace', () => {
    expect(mergePatch(doc, { metadata: { labels: { a: null, c: '3' } }, spec: { vms: [{ id: '9' }] } })).toEqual({
      metadata: { name: 'p', labels: { b: '2', c: '3' } },
      spec: { vms: [{ id: '9' }], type: 'cold' },
    });
  });

  it('strategic merge drops $ directives and honours $patch', () => {
    const patch = { $setElementOrder: [], metadata: { labels: { $patch: 'replace', z: '0' } }, spec: { $retainKeys: ['type'], type: 'warm' } };
    expect(strategicMergePatch(doc, patch)).toEqual({ metadata: { name: 'p', labels: { z: '0' } }, spec: { vms: doc.spec.vms, type: 'warm' } });
    expect(strategicMergePatch(doc, { metadata: { labels: { $patch: 'delete' } } })).toEqual({ metadata: { name: 'p' }, spec: doc.spec });
  });

  it('apply-patch+yaml merges the parsed YAML', () => {
    expect(applyPatch('apply', doc, 'spec:\n  type: live\n')).toMatchObject({ spec: { type: 'live', vms: doc.spec.vms } });
    expect(codeOf(() => applyPatch('merge', doc, '{not json'))).toBe(400);
  });
});
