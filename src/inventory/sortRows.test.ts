import { describe, expect, it } from 'vitest';
import { sortOrder } from './sortRows';

describe('sortOrder', () => {
  const rows = [['vm-10', 3], ['vm-2', null], ['vm-1', 10], ['VM-3', 3]];

  it('sorts numbers numerically with nulls last, both directions', () => {
    expect(sortOrder(rows, 1, 'asc')).toEqual([0, 3, 2, 1]);
    expect(sortOrder(rows, 1, 'desc')).toEqual([2, 0, 3, 1]);
  });

  it('sorts names naturally and case-insensitively', () => {
    expect(sortOrder(rows, 0, 'asc').map((i) => rows[i][0])).toEqual(['vm-1', 'vm-2', 'VM-3', 'vm-10']);
  });

  it('sorts 100,000 rows', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => [`vm-${(i * 7919) % 100_000}`, (i * 31) % 977]);
    const order = sortOrder(big, 1, 'desc');
    let sorted = true;
    for (let i = 1; i < order.length; i++) if ((big[order[i - 1]][1] as number) < (big[order[i]][1] as number)) sorted = false;
    expect(sorted).toBe(true);
  });
});
