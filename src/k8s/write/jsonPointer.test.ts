import { describe, expect, it } from 'vitest';
import { applyJsonPatch, pointerKey } from './jsonPointer';

describe('applyJsonPatch', () => {
  it('adds, replaces and removes without touching the input', () => {
    const doc = { spec: { url: 'a', settings: { x: '1', 'a/b': '2' } }, list: [1, 2] };
    const out = applyJsonPatch(doc, [
      { op: 'replace', path: '/spec/url', value: 'b' },
      { op: 'add', path: '/spec/settings/y', value: '3' },
      { op: 'remove', path: `/spec/settings/${pointerKey('a/b')}` },
      { op: 'add', path: '/list/-', value: 3 },
      { op: 'add', path: '/metadata/ownerReferences', value: [] },
    ]);
    expect(out).toEqual({ spec: { url: 'b', settings: { x: '1', y: '3' } }, list: [1, 2, 3], metadata: { ownerReferences: [] } });
    expect(doc.spec.url).toBe('a');
  });
});
