/**
 * The VM step's table as pure data: the query's rows (whatever its SELECT),
 * each tied to its VM's id through the source index, plus a column naming
 * the other plans that already hold the VM, optionally only the VMs with
 * critical concerns.
 */

/** The query that ties every source row to its VM: id, name and whether it has a critical concern. */
export const VM_INDEX_QUERY = "select id, name, any(concerns[*].category = 'Critical') as critical";

export interface VmIndex {
  /** By source row: the VM's id, name and critical flag. */
  id: string[];
  name: string[];
  critical: boolean[];
  bySourceId: Map<string, number>;
}

export const buildVmIndex = (result: { rows: readonly (readonly unknown[])[]; sourceIndex: ArrayLike<number> | null }): VmIndex => {
  const index: VmIndex = { id: [], name: [], critical: [], bySourceId: new Map() };
  result.rows.forEach((row, k) => {
    const source = result.sourceIndex?.[k] ?? k;
    const id = String(row[0] ?? '');
    index.id[source] = id;
    index.name[source] = String(row[1] ?? id);
    index.critical[source] = row[2] === true;
    if (id) index.bySourceId.set(id, source);
  });
  return index;
};

export interface VmTableView {
  columns: string[];
  rows: unknown[][];
  /** The VM id of each view row. */
  ids: string[];
}

export const buildVmTable = (
  result: { columns: readonly string[]; rows: readonly (readonly unknown[])[]; sourceIndex: ArrayLike<number> | null },
  index: VmIndex,
  otherPlans: ReadonlyMap<string, readonly string[]>,
  opts: { criticalOnly: boolean; otherPlansColumn: string },
): VmTableView => {
  const rows: unknown[][] = [];
  const ids: string[] = [];
  result.rows.forEach((row, k) => {
    const source = result.sourceIndex?.[k];
    if (source === undefined || source < 0) return;
    if (opts.criticalOnly && !index.critical[source]) return;
    const id = index.id[source];
    if (!id) return;
    const plans = otherPlans.get(id) ?? otherPlans.get(index.name[source]);
    rows.push([...row, plans?.length ? plans.join(', ') : null]);
    ids.push(id);
  });
  return { columns: [...result.columns, opts.otherPlansColumn], rows, ids };
};

/**
 * The table with one more column marking the VMs a plan already holds (by id,
 * or by name for plans that name their VMs), for adding VMs to an existing plan.
 */
export const withInPlanColumn = (view: VmTableView, inPlan: ReadonlySet<string>, index: VmIndex, labels: { title: string; yes: string }): VmTableView => ({
  columns: [...view.columns, labels.title],
  rows: view.rows.map((row, i) => {
    const id = view.ids[i];
    const held = inPlan.has(id) || inPlan.has(index.name[index.bySourceId.get(id) ?? -1] ?? '');
    return [...row, held ? labels.yes : null];
  }),
  ids: view.ids,
});
