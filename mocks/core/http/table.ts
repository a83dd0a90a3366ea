/**
 * `as=Table` responses, what `kubectl get` asks for. Name and Age for every
 * kind, plus a few columns that make the Forklift kinds readable.
 */
import type { K8sObject } from '../contract';
import type { ResourceDef } from '../registry';
import { humanDuration } from './format';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

interface Column {
  name: string;
  type: string;
  format: string;
  description: string;
  value: (o: K8sObject, now: number) => string;
}

const nameColumn: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace.',
  value: (o) => o.metadata.name ?? '',
};

const ageColumn: Column = {
  name: 'Age',
  type: 'string',
  format: '',
  description: 'CreationTimestamp is a timestamp representing the server time when this object was created.',
  value: (o, now) => {
    const created = o.metadata.creationTimestamp ? Date.parse(o.metadata.creationTimestamp) : NaN;
    return Number.isNaN(created) ? '<unknown>' : humanDuration(now - created);
  },
};

function at(o: K8sObject, path: string): string {
  let node: unknown = o;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return node === undefined || node === null ? '' : String(node);
}

function readyCondition(o: K8sObject): string {
  const conditions = (o.status?.conditions ?? []) as { type?: string; status?: string }[];
  return conditions.find((c) => c.type === 'Ready')?.status ?? '';
}

const stringColumn = (name: string, value: (o: K8sObject) => string): Column => ({
  name,
  type: 'string',
  format: '',
  description: name,
  value,
});

const EXTRA_COLUMNS: Record<string, Column[]> = {
  Provider: [stringColumn('Type', (o) => at(o, 'spec.type')), stringColumn('Phase', (o) => at(o, 'status.phase')), stringColumn('Ready', readyCondition)],
  Plan: [stringColumn('Ready', readyCondition), stringColumn('Target', (o) => at(o, 'spec.targetNamespace'))],
  NetworkMap: [stringColumn('Ready', readyCondition)],
  StorageMap: [stringColumn('Ready', readyCondition)],
  Migration: [stringColumn('Plan', (o) => at(o, 'spec.plan.name'))],
  Event: [
    stringColumn('Type', (o) => at(o, 'type')),
    stringColumn('Reason', (o) => at(o, 'reason')),
    stringColumn('Object', (o) => `${at(o, 'involvedObject.kind').toLowerCase()}/${at(o, 'involvedObject.name')}`),
    stringColumn('Message', (o) => at(o, 'message')),
  ],
  Pod: [stringColumn('Status', (o) => at(o, 'status.phase'))],
  Job: [stringColumn('Status', (o) => ((o.status?.conditions ?? []) as { type?: string; status?: string }[]).find((c) => c.status === 'True')?.type ?? 'Running')],
  PersistentVolumeClaim: [stringColumn('Status', (o) => at(o, 'status.phase')), stringColumn('Storageclass', (o) => at(o, 'spec.storageClassName'))],
  DataVolume: [stringColumn('Phase', (o) => at(o, 'status.phase')), stringColumn('Progress', (o) => at(o, 'status.progress'))],
  VirtualMachine: [stringColumn('Status', (o) => at(o, 'status.printableStatus'))],
};

function columnsFor(def: ResourceDef): Column[] {
  return [nameColumn, ...(EXTRA_COLUMNS[def.kind] ?? []), ageColumn];
}

function rowObject(o: K8sObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return o;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
}

export function toTable(def: ResourceDef, objects: K8sObject[], listMeta: Record<string, unknown>, include: IncludeObject, now: number) {
  const columns = columnsFor(def);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: columns.map(({ name, type, format, description }) => ({
      name,
      type,
      format,
      description,
      priority: 0,
    })),
    rows: objects.map((o) => ({ cells: columns.map((c) => c.value(o, now)), object: rowObject(o, include) })),
  };
}

/** Does the Accept header ask for a Table? */
export function wantsTable(accept: string | null): boolean {
  if (!accept) return false;
  // The first acceptable type wins; kubectl sends the Table type first and JSON as fallback.
  const first = accept.split(',')[0];
  return /as=Table/.test(first);
}
