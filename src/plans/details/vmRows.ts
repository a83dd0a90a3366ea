/**
 * The rows of the VMs tab: each VM of the plan's spec with its status from
 * the last run (VMs not reported yet are pending), filtered by name and outcome.
 */
import type { PlanVm, PlanVmStatus, V1beta1Plan } from '../../k8s/types';
import { vmOutcome, type VmOutcome } from '../progress/vmProgress';

export interface VmRow {
  key: string;
  spec?: PlanVm;
  status?: PlanVmStatus;
  name: string;
  outcome: VmOutcome;
}

export const vmRows = (plan: V1beta1Plan): VmRow[] => {
  const statuses = plan.status?.migration?.vms ?? [];
  const byId = new Map(statuses.map((s) => [s.id ?? s.name, s]));
  const rows: VmRow[] = (plan.spec?.vms ?? []).map((spec) => {
    const status = byId.get(spec.id ?? spec.name) ?? (spec.name ? statuses.find((s) => s.name === spec.name) : undefined);
    return { key: spec.id ?? spec.name ?? '', spec, status, name: status?.name ?? spec.name ?? spec.id ?? '', outcome: status ? vmOutcome(status) : 'pending' };
  });
  // VMs in the status but no longer in the spec still show (their history matters).
  const matched = new Set(rows.map((r) => r.status));
  for (const s of statuses) {
    const key = s.id ?? s.name ?? '';
    if (!matched.has(s)) rows.push({ key, status: s, name: s.name ?? key, outcome: vmOutcome(s) });
  }
  return rows;
};

export const filterVmRows = (rows: readonly VmRow[], text: string, outcome: VmOutcome | ''): VmRow[] => {
  const needle = text.trim().toLowerCase();
  return rows.filter((r) => (!outcome || r.outcome === outcome) && (!needle || r.name.toLowerCase().includes(needle)));
};
