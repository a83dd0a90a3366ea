/**
 * Pure sorting and filtering for the generic resource lists: column
 * definitions carry how to read a sortable value from an object.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export interface SortableColumn<T> {
  id: string;
  sortValue?: (item: T) => string | number | undefined;
}

export const sortItems = <T extends K8sResourceCommon>(
  items: readonly T[],
  column: SortableColumn<T> | undefined,
  direction: 'asc' | 'desc',
): T[] => {
  const read = column?.sortValue ?? ((item: T) => item.metadata?.name ?? '');
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const va = read(a);
    const vb = read(b);
    if (va === undefined || vb === undefined) return va === vb ? 0 : va === undefined ? 1 : -1;
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return cmp !== 0 ? sign * cmp : (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');
  });
};

export const filterByName = <T extends K8sResourceCommon>(items: readonly T[], text: string): T[] => {
  const needle = text.trim().toLowerCase();
  return needle ? items.filter((item) => (item.metadata?.name ?? '').toLowerCase().includes(needle)) : [...items];
};
