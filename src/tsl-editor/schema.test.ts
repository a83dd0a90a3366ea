import { describe, expect, it } from 'vitest';
import { buildTslSchema } from './schema';

const rows = [
  { name: 'a', powerState: 'poweredOn', disks: [{ capacity: 10 }], tags: ['x', 'y'], labels: { 'app/name': 'web' }, concerns: [] },
  { name: 'b', powerState: 'poweredOff', disks: [{ capacity: 20 }, { capacity: 20 }], host: null },
  { name: 'c', powerState: 'poweredOn', disks: [] },
];

describe('buildTslSchema', () => {
  const schema = buildTslSchema(rows, ['guestId', 'name']);

  it('lists nested, array and odd-key paths in TSL syntax plus known ones', () => {
    expect(schema.paths).toEqual(
      expect.arrayContaining(['name', 'powerState', 'disks', 'disks[*].capacity', 'tags', 'tags[*]', "labels['app/name']", 'guestId', 'host', 'concerns']),
    );
    expect(schema.paths).toEqual([...schema.paths].sort());
  });

  it('records values most frequent first, and types', () => {
    expect(schema.fields.powerState.values).toEqual(['poweredOn', 'poweredOff']);
    expect(schema.fields['disks[*].capacity'].values).toEqual([20, 10]);
    expect(schema.fields.disks.types).toEqual(['array']);
    expect(schema.fields.host.types).toEqual(['null']);
    expect(schema.fields.guestId).toEqual({ types: [], values: [], moreValues: false });
  });

  it('caps distinct values and says there are more', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `vm-${i}` }));
    const info = buildTslSchema(many).fields.id;
    expect(info.values).toHaveLength(40);
    expect(info.moreValues).toBe(true);
  });
});
