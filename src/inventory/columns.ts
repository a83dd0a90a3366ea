/**
 * What the results table shows when the query has no SELECT: a few columns
 * per provider type and collection that answer "which one is it and what
 * state is it in", then whatever the data has.
 */
import type { ProviderType } from '../k8s/types';
import type { ResourceKindId } from './resourceKinds';

/** The column that renders a VM's concerns as category counts. */
export const CONCERNS_COLUMN = 'concerns';

const VM_COLUMNS: Readonly<Record<ProviderType, readonly string[]>> = {
  vsphere: ['name', 'powerState', 'cpuCount', 'memoryMB', 'guestName', 'host', 'ipAddress', CONCERNS_COLUMN],
  ovirt: ['name', 'status', 'cluster', 'host', 'cpuSockets', 'cpuCores', 'memory', 'osType', CONCERNS_COLUMN],
  openstack: ['name', 'status', 'tenantID', 'flavorID', 'imageID', 'hostID', CONCERNS_COLUMN],
  openshift: ['name', 'namespace', 'object.status.printableStatus', 'object.spec.runStrategy', CONCERNS_COLUMN],
  ova: ['name', 'osType', 'firmware', 'cpuCount', 'memoryMB', 'ovfPath', CONCERNS_COLUMN],
};

const KIND_COLUMNS: Partial<Record<ResourceKindId, readonly string[]>> = {
  hosts: ['name', 'cluster', 'status', 'productVersion', 'inMaintenance', 'cpuCores', 'networks'],
  clusters: ['name', 'datacenter', 'parent.id'],
  datastores: ['name', 'type', 'capacity', 'free', 'maintenance'],
  networks: ['name', 'variant', 'vlanId', 'namespace'],
  storagedomains: ['name', 'type', 'storageType', 'capacity', 'free'],
  storageclasses: ['name', 'object.provisioner', 'object.reclaimPolicy', 'object.volumeBindingMode'],
  namespaces: ['name'],
  networkattachmentdefinitions: ['name', 'namespace'],
  persistentvolumeclaims: ['name', 'namespace', 'object.spec.storageClassName', 'object.status.phase'],
  datavolumes: ['name', 'namespace', 'object.status.phase'],
  volumes: ['name', 'status', 'size', 'volumeType', 'bootable'],
  volumetypes: ['name', 'description', 'isPublic'],
  flavors: ['name', 'vcpus', 'ram', 'disk'],
  images: ['name', 'status', 'diskFormat', 'size'],
  disks: ['name', 'storageDomain', 'provisionedSize', 'capacity', 'format'],
};

const MAX_INFERRED = 7;

/**
 * Default columns for a collection: the known ones that occur in the sample
 * rows, or else `name`, `id` and the first scalar fields of the first row.
 */
export const defaultColumns = (type: ProviderType, kind: ResourceKindId, sample: readonly unknown[]): string[] => {
  const known = kind === 'vms' ? VM_COLUMNS[type] : KIND_COLUMNS[kind];
  const present = (path: string) => sample.some((row) => getPath(row, path) !== undefined);
  if (known) {
    const found = known.filter(present);
    if (found.length >= 2 || sample.length === 0) return sample.length === 0 ? [...known] : found;
  }
  const first = sample.find((row) => row && typeof row === 'object') as Record<string, unknown> | undefined;
  const columns = ['name', 'id'].filter(present);
  for (const [key, value] of Object.entries(first ?? {})) {
    if (columns.length >= MAX_INFERRED) break;
    if (!columns.includes(key) && (value === null || typeof value !== 'object')) columns.push(key);
  }
  return columns;
};

/**
 * Reads a dotted path (`a.b`, `disks[0].capacity`, `labels['x/y']`) from a value.
 * `[*]` collects from every element. Missing steps give undefined.
 */
export const getPath = (value: unknown, path: string): unknown => walkPath(value, splitPath(path));

type Step = string | number | '*';

const pathCache = new Map<string, Step[]>();

export const splitPath = (path: string): Step[] => {
  const cached = pathCache.get(path);
  if (cached) return cached;
  const steps: Step[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\[\*\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else if (m[3] !== undefined) steps.push(m[3].replace(/\\(.)/g, '$1'));
    else if (m[4] !== undefined) steps.push(m[4].replace(/\\(.)/g, '$1'));
    else steps.push('*');
  }
  if (pathCache.size > 1000) pathCache.clear();
  pathCache.set(path, steps);
  return steps;
};

const walkPath = (value: unknown, steps: readonly Step[], from = 0): unknown => {
  let current = value;
  for (let i = from; i < steps.length; i++) {
    if (current === null || current === undefined) return undefined;
    const step = steps[i];
    if (step === '*') {
      if (!Array.isArray(current)) return undefined;
      return current.map((element) => walkPath(element, steps, i + 1)).filter((v) => v !== undefined && v !== null);
    }
    if (typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
};

// Made once: `Number.prototype.toLocaleString` builds a formatter per call, and a scroll formats hundreds of cells.
const integerFormat = new Intl.NumberFormat();
const decimalFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });

/** One table cell as text: numbers with separators, objects as compact JSON. */
export const formatCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 199)}…` : json;
};

export interface Concern {
  id?: string;
  label?: string;
  category?: string;
  assessment?: string;
}

/**
 * The concerns column as it travels from the worker to the page: just the
 * categories. Whole concerns (with their assessments) for 100,000 VMs would
 * make the transfer several times slower; the drawer shows them in full.
 */
export const compactConcerns = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((c) => (typeof c === 'string' ? c : ((c as Concern | null)?.category ?? 'Information'))) : value;

/** Concerns (whole or compacted to categories) counted per category, most severe first. */
export const concernCounts = (value: unknown): { category: string; count: number }[] => {
  if (!Array.isArray(value)) return [];
  const order = ['Critical', 'Error', 'Warning', 'Information'];
  const counts = new Map<string, number>();
  for (const concern of value as (Concern | string)[]) {
    const category = typeof concern === 'string' ? concern : (concern?.category ?? 'Information');
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const rank = (c: string) => (order.indexOf(c) === -1 ? order.length : order.indexOf(c));
  return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => rank(a.category) - rank(b.category));
};
