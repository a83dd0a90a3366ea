import { describe, expect, it } from 'vitest';
import { pushHistory, readQueryLists, removeSavedQuery, saveQuery, storageKey, writeQueryLists, type KeyValueStore } from './queryStore';

const memoryStore = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('history', () => {
  it('puts the latest first without duplicates and caps the length', () => {
    let history: string[] = [];
    history = pushHistory(history, 'a = 1');
    history = pushHistory(history, 'b = 2');
    history = pushHistory(history, '  a = 1 ');
    history = pushHistory(history, '   ');
    expect(history).toEqual(['a = 1', 'b = 2']);
    expect(pushHistory(['x', 'y', 'z'], 'w', 3)).toEqual(['w', 'x', 'y']);
  });
});

describe('saved queries', () => {
  it('replaces by name, sorts by name, and removes', () => {
    let saved = saveQuery([], 'powered on', "powerState = 'poweredOn'");
    saved = saveQuery(saved, 'big', 'memoryMB > 8192');
    saved = saveQuery(saved, 'powered on', "powerState = 'poweredOff'");
    saved = saveQuery(saved, ' ', 'ignored');
    expect(saved).toEqual([
      { name: 'big', query: 'memoryMB > 8192' },
      { name: 'powered on', query: "powerState = 'poweredOff'" },
    ]);
    expect(removeSavedQuery(saved, 'big').map((s) => s.name)).toEqual(['powered on']);
  });
});

describe('storage', () => {
  it('keeps lists per provider type', () => {
    const store = memoryStore();
    writeQueryLists(store, 'vsphere', { history: ['a'], saved: [{ name: 'n', query: 'q' }] });
    expect(readQueryLists(store, 'vsphere')).toEqual({ history: ['a'], saved: [{ name: 'n', query: 'q' }] });
    expect(readQueryLists(store, 'ovirt')).toEqual({ history: [], saved: [] });
  });

  it('survives corrupt data, a missing store and a store that throws', () => {
    const store = memoryStore();
    store.data.set(storageKey('vsphere'), '{not json');
    expect(readQueryLists(store, 'vsphere')).toEqual({ history: [], saved: [] });
    store.data.set(storageKey('ova'), JSON.stringify({ history: [1, 2], saved: 'x' }));
    expect(readQueryLists(store, 'ova')).toEqual({ history: [], saved: [] });
    expect(readQueryLists(undefined, 'ova')).toEqual({ history: [], saved: [] });
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeQueryLists(full, 'ova', { history: ['a'], saved: [] })).toBe(false);
  });
});
