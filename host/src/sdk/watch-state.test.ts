import { describe, expect, it } from 'vitest';
import { applyWatchEvent, backoffDelay, stateFromList } from './watch-state';

const obj = (name: string, rv: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'ns', resourceVersion: rv },
  ...extra,
});

describe('applyWatchEvent', () => {
  const base = stateFromList([obj('a', '1'), obj('b', '2')], '5');

  it('adds, modifies and deletes by namespace/name, keeping order and the resume point', () => {
    let r = applyWatchEvent(base, { type: 'ADDED', object: obj('c', '6') });
    expect(r.effect).toBe('changed');
    expect([...r.state.items.keys()]).toEqual(['ns/a', 'ns/b', 'ns/c']);
    expect(r.state.resourceVersion).toBe('6');
    r = applyWatchEvent(r.state, { type: 'MODIFIED', object: obj('a', '7', { data: { x: '1' } }) });
    expect([...r.state.items.keys()]).toEqual(['ns/a', 'ns/b', 'ns/c']);
    expect(r.state.items.get('ns/a')).toMatchObject({ data: { x: '1' } });
    r = applyWatchEvent(r.state, { type: 'DELETED', object: obj('b', '8') });
    expect([...r.state.items.keys()]).toEqual(['ns/a', 'ns/c']);
    expect(r.state.resourceVersion).toBe('8');
  });

  it('does not mutate the previous state', () => {
    applyWatchEvent(base, { type: 'DELETED', object: obj('a', '9') });
    expect(base.items.size).toBe(2);
  });

  it('moves the resume point on BOOKMARK without a change', () => {
    const r = applyWatchEvent(base, { type: 'BOOKMARK', object: { metadata: { resourceVersion: '42' } } });
    expect(r.effect).toBe('progress');
    expect(r.state.items).toBe(base.items);
    expect(r.state.resourceVersion).toBe('42');
  });

  it('tells 410 Expired apart from other errors', () => {
    expect(applyWatchEvent(base, { type: 'ERROR', object: { code: 410, reason: 'Expired' } }).effect).toBe('expired');
    const other = applyWatchEvent(base, { type: 'ERROR', object: { code: 500, message: 'boom' } });
    expect(other).toMatchObject({ effect: 'error', message: 'boom' });
    expect(other.state.resourceVersion).toBe('5');
  });
});

describe('backoffDelay', () => {
  it('doubles from 1 s and caps at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
