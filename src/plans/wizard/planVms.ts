/**
 * VM lists as files: the `planvms` YAML that `kubectl mtv get inventory vms
 * -o planvms` writes and `kubectl mtv create plan --vms @file` reads (a YAML
 * list of Plan.spec.vms entries: `- name: x` plus `id: y` when known), or a
 * plain text file with one VM name per line.
 */
import { parse, stringify } from 'yaml';

export interface VmRef {
  id?: string;
  name?: string;
}

export class VmListError extends Error {
  override readonly name = 'VmListError';
}

const asRef = (entry: unknown, index: number): VmRef => {
  if (typeof entry === 'string') return { name: entry };
  if (!entry || typeof entry !== 'object') throw new VmListError(`Entry ${index + 1} is neither a name nor a map with name or id`);
  const { id, name } = entry as { id?: unknown; name?: unknown };
  const ref: VmRef = {};
  if (typeof id === 'string' && id) ref.id = id;
  if (typeof name === 'string' && name) ref.name = name;
  if (!ref.id && !ref.name) throw new VmListError(`Entry ${index + 1} has neither a name nor an id`);
  return ref;
};

const dedupe = (refs: VmRef[]): VmRef[] => {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.id ? `id:${r.id}` : `name:${r.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** A file's text as VM references. A YAML list (of maps or names) is planvms; anything else is one name per line. */
export const parseVmList = (text: string): VmRef[] => {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (/^-\s|^-$/m.test(trimmed.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '')) {
    let parsed: unknown;
    try {
      parsed = parse(trimmed);
    } catch (e) {
      throw new VmListError(`Not a valid YAML list: ${(e as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new VmListError('A planvms file is a YAML list of VMs');
    return dedupe(parsed.map(asRef));
  }
  return dedupe(
    trimmed
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((name) => ({ name })),
  );
};

/** The selection as a planvms YAML list, the order kept. */
export const formatPlanVms = (vms: readonly VmRef[]): string =>
  vms.length === 0 ? '[]\n' : stringify(vms.map((vm) => ({ ...(vm.name ? { name: vm.name } : {}), ...(vm.id ? { id: vm.id } : {}) })));

export interface ResolvedVmList<T> {
  found: T[];
  /** References that match no VM of the source. */
  missing: VmRef[];
}

/** Matches references to inventory VMs: by id when given, else by name. */
export const resolveVmRefs = <T extends { id: string; name: string }>(refs: readonly VmRef[], vms: readonly T[]): ResolvedVmList<T> => {
  const byId = new Map(vms.map((vm) => [vm.id, vm]));
  const byName = new Map<string, T>();
  for (const vm of vms) if (!byName.has(vm.name)) byName.set(vm.name, vm);
  const found: T[] = [];
  const missing: VmRef[] = [];
  const taken = new Set<string>();
  for (const ref of refs) {
    const vm = (ref.id ? byId.get(ref.id) : undefined) ?? (ref.name ? byName.get(ref.name) : undefined);
    if (!vm) missing.push(ref);
    else if (!taken.has(vm.id)) {
      taken.add(vm.id);
      found.push(vm);
    }
  }
  return { found, missing };
};
