import { describe, expect, it } from 'vitest';
import { filterByName, sortItems } from './resourceColumns';

const items = [
  { metadata: { name: 'b' }, n: 2 },
  { metadata: { name: 'a' }, n: undefined },
  { metadata: { name: 'c' }, n: 1 },
];

describe('sortItems', () => {
  it('sorts by name by default', () => {
    expect(sortItems(items, undefined, 'asc').map((i) => i.metadata.name)).toEqual(['a', 'b', 'c']);
  });
  it('sorts by a column value, missing values last in both directions', () => {
    const col = { id: 'n', sortValue: (i: (typeof items)[number]) => i.n };
    expect(sortItems(items, col, 'asc').map((i) => i.metadata.name)).toEqual(['c', 'b', 'a']);
    expect(sortItems(items, col, 'desc').map((i) => i.metadata.name)).toEqual(['b', 'c', 'a']);
  });
});

describe('filterByName', () => {
  it('matches a case-insensitive substring of the name', () => {
    expect(filterByName(items, ' B ').map((i) => i.metadata.name)).toEqual(['b']);
    expect(filterByName(items, '')).toHaveLength(3);
  });
});
