// The five benchmark queries, each written four ways: TSL, alasql SQL, mingo,
// and a hand-written loop. `canon` turns any engine's result into a comparable
// form so the runner can check that all four agree.

import type { VsphereVm } from '../../mocks/inventory/generators/vsphere';

export interface BenchQuery {
  id: string;
  title: string;
  tsl: string;
  alasql: string;
  mingo: (find: MingoFind, aggregate: MingoAggregate, vms: readonly VsphereVm[]) => unknown[];
  hand: (vms: readonly VsphereVm[]) => unknown[];
  /** Canonical form of a result, equal across engines when they agree. */
  canon: (rows: readonly Record<string, unknown>[]) => string;
}

export type MingoFind = (vms: readonly VsphereVm[], query: object, projection?: object) => { sort(s: object): { limit(n: number): { all(): unknown[] } }; all(): unknown[] };
export type MingoAggregate = (vms: readonly VsphereVm[], pipeline: object[]) => unknown[];

const GiB = 1073741824;
const ids = (rows: readonly Record<string, unknown>[]): string => rows.map((r) => r.id).join(',');
const round = (n: unknown): string => (typeof n === 'number' ? n.toFixed(6) : String(n));

export const QUERIES: BenchQuery[] = [
  {
    id: 'q1-filter',
    title: 'filter',
    tsl: "powerState = 'poweredOn' and memoryMB >= 8192",
    alasql: "SELECT * FROM ? WHERE powerState = 'poweredOn' AND memoryMB >= 8192",
    mingo: (find, _a, vms) => find(vms, { powerState: 'poweredOn', memoryMB: { $gte: 8192 } }).all(),
    hand: (vms) => {
      const out: VsphereVm[] = [];
      for (const vm of vms) if (vm.powerState === 'poweredOn' && vm.memoryMB >= 8192) out.push(vm);
      return out;
    },
    canon: ids,
  },
  {
    id: 'q2-order-limit',
    title: 'filter + ORDER BY + LIMIT',
    tsl: 'WHERE cpuCount >= 4 ORDER BY memoryMB DESC, name, id LIMIT 50',
    alasql: 'SELECT * FROM ? WHERE cpuCount >= 4 ORDER BY memoryMB DESC, name, id LIMIT 50',
    mingo: (find, _a, vms) => find(vms, { cpuCount: { $gte: 4 } }).sort({ memoryMB: -1, name: 1, id: 1 }).limit(50).all(),
    hand: (vms) => {
      const kept = vms.filter((vm) => vm.cpuCount >= 4);
      kept.sort((a, b) => b.memoryMB - a.memoryMB || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return kept.slice(0, 50);
    },
    canon: ids,
  },
  {
    id: 'q3-select-sums',
    title: 'SELECT with array sums',
    tsl: "SELECT name, memoryMB / 1024 AS memoryGB, len(disks) AS diskCount, sum(disks[*].capacity) / 1073741824 AS totalStorageGB WHERE powerState = 'poweredOn'",
    alasql: "SELECT name, memoryMB / 1024 AS memoryGB, LEN(disks) AS diskCount, sumCapacity(disks) / 1073741824 AS totalStorageGB FROM ? WHERE powerState = 'poweredOn'",
    mingo: (_f, aggregate, vms) =>
      aggregate(vms, [
        { $match: { powerState: 'poweredOn' } },
        { $project: { _id: 0, name: 1, memoryGB: { $divide: ['$memoryMB', 1024] }, diskCount: { $size: '$disks' }, totalStorageGB: { $divide: [{ $sum: '$disks.capacity' }, GiB] } } },
      ]),
    hand: (vms) => {
      const out: Record<string, unknown>[] = [];
      for (const vm of vms) {
        if (vm.powerState !== 'poweredOn') continue;
        let total = 0;
        for (const d of vm.disks) total += d.capacity;
        out.push({ name: vm.name, memoryGB: vm.memoryMB / 1024, diskCount: vm.disks.length, totalStorageGB: total / GiB });
      }
      return out;
    },
    canon: (rows) => rows.map((r) => [r.name, round(r.memoryGB), r.diskCount, round(r.totalStorageGB)].join('|')).join('\n'),
  },
  {
    id: 'q4-group-count',
    title: 'GROUP BY with count',
    tsl: 'SELECT guestId, count(*) AS n GROUP BY guestId',
    alasql: 'SELECT guestId, COUNT(*) AS n FROM ? GROUP BY guestId',
    mingo: (_f, aggregate, vms) => (aggregate(vms, [{ $group: { _id: '$guestId', n: { $sum: 1 } } }]) as { _id: string; n: number }[]).map((g) => ({ guestId: g._id, n: g.n })),
    hand: (vms) => {
      const counts = new Map<string, number>();
      for (const vm of vms) counts.set(vm.guestId, (counts.get(vm.guestId) ?? 0) + 1);
      return [...counts].map(([guestId, n]) => ({ guestId, n }));
    },
    canon: (rows) => rows.map((r) => `${r.guestId}=${r.n}`).sort().join(','),
  },
  {
    id: 'q5-any-concerns',
    title: 'any() over concerns',
    tsl: "any(concerns[*].category = 'Critical')",
    alasql: 'SELECT * FROM ? WHERE hasCritical(concerns)',
    mingo: (find, _a, vms) => find(vms, { 'concerns.category': 'Critical' }).all(),
    hand: (vms) => {
      const out: VsphereVm[] = [];
      for (const vm of vms) {
        for (const c of vm.concerns) {
          if (c.category === 'Critical') {
            out.push(vm);
            break;
          }
        }
      }
      return out;
    },
    canon: ids,
  },
];
