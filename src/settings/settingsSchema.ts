/**
 * Validation of the settings form (zod) and the JSON Patch a save sends:
 * only the keys the user changed, with the resourceVersion they edited so a
 * concurrent change answers 409 instead of being overwritten. Values are typed
 * as text; an empty field means "unset" (the operator's default applies).
 */
import * as z from 'zod/mini';
import '../utils/zodEnglish';
import { SETTING_FIELDS, type SettingField, type SettingsValues } from './settingsFields';

const CPU = /^(\d+(\.\d+)?|\.\d+)m?$/;
const MEMORY = /^(\d+(\.\d+)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|k|M|G|T|P)?$/;
const MEMORY_FACTOR: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50 };

/** A Kubernetes CPU quantity in millicores, or undefined when it is not one. */
export function cpuMillis(value: string): number | undefined {
  const v = value.trim();
  if (!CPU.test(v)) return undefined;
  return v.endsWith('m') ? Number(v.slice(0, -1)) : Number(v) * 1000;
}

/** A Kubernetes memory quantity in bytes, or undefined when it is not one. */
export function memoryBytes(value: string): number | undefined {
  const match = MEMORY.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * MEMORY_FACTOR[match[3] ?? ''];
}

/** A container image reference: [registry[:port]/]path[:tag][@sha256:digest], path components lowercase. */
const IMAGE = /^(?:[a-zA-Z0-9][a-zA-Z0-9.-]*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
/** A DNS-1123 subdomain (a ServiceAccount's name), at most 253 characters. */
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A DNS-1123 label (a namespace or a NetworkAttachmentDefinition name), at most 63 characters. */
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const isImageReference = (value: string) => value.length <= 255 && IMAGE.test(value);
const isSubdomain = (value: string) => value.length <= 253 && SUBDOMAIN.test(value);
const isLabel = (value: string) => value.length <= 63 && LABEL.test(value);

/** Message codes of the issues (with `params`); the form turns them into translated text. */
export const MESSAGES = {
  integer: 'integer',
  range: 'range',
  min: 'min',
  boolean: 'boolean',
  image: 'image',
  name: 'name',
  nad: 'nad',
  text: 'text',
  cpu: 'cpu',
  memory: 'memory',
  cpuOrder: 'cpuOrder',
  memoryOrder: 'memoryOrder',
} as const;
export type MessageCode = keyof typeof MESSAGES;

function fieldSchema(field: SettingField) {
  return z.string().check(
    z.superRefine((raw, ctx) => {
      const value = raw.trim();
      if (value === '') return;
      if (field.kind === 'integer') {
        if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) ctx.addIssue({ code: 'custom', message: MESSAGES.integer });
        else if ((field.min !== undefined && Number(value) < field.min) || (field.max !== undefined && Number(value) > field.max)) {
          ctx.addIssue({ code: 'custom', message: field.max === undefined ? MESSAGES.min : MESSAGES.range, params: { min: field.min, max: field.max } });
        }
      } else if (field.kind === 'boolean' && value !== 'true' && value !== 'false') ctx.addIssue({ code: 'custom', message: MESSAGES.boolean });
      else if (field.kind === 'image' && !isImageReference(value)) ctx.addIssue({ code: 'custom', message: MESSAGES.image });
      else if (field.kind === 'name' && !isSubdomain(value)) ctx.addIssue({ code: 'custom', message: MESSAGES.name });
      else if (field.kind === 'nad' && !(value.split('/').length === 2 && value.split('/').every(isLabel))) ctx.addIssue({ code: 'custom', message: MESSAGES.nad });
      else if (field.kind === 'text' && /[\r\n]/.test(value)) ctx.addIssue({ code: 'custom', message: MESSAGES.text });
      else if (field.kind === 'cpu' && cpuMillis(value) === undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.cpu });
      else if (field.kind === 'memory' && memoryBytes(value) === undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.memory });
    }),
  );
}

const effective = (values: SettingsValues, key: string) => (values[key] ?? '').trim() || SETTING_FIELDS.find((f) => f.key === key)!.defaultValue;

export const settingsSchema = z
  .object(Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, fieldSchema(f)])))
  .check(
    z.superRefine((values, ctx) => {
      // Limits below requests would make every conversion pod unschedulable.
      const pairs = [
        ['virt_v2v_container_requests_cpu', 'virt_v2v_container_limits_cpu', cpuMillis, MESSAGES.cpuOrder],
        ['virt_v2v_container_requests_memory', 'virt_v2v_container_limits_memory', memoryBytes, MESSAGES.memoryOrder],
        ['hooks_container_requests_cpu', 'hooks_container_limits_cpu', cpuMillis, MESSAGES.cpuOrder],
        ['hooks_container_requests_memory', 'hooks_container_limits_memory', memoryBytes, MESSAGES.memoryOrder],
      ] as const;
      for (const [requestKey, limitKey, parse, message] of pairs) {
        const request = effective(values, requestKey);
        const limit = effective(values, limitKey);
        const r = parse(request);
        const l = parse(limit);
        if (r !== undefined && l !== undefined && l < r) ctx.addIssue({ code: 'custom', path: [limitKey], message, params: { request } });
      }
    }),
  );

/** The form's starting values: what the spec sets, as text ('' when unset). */
export function valuesFromSpec(spec: Record<string, unknown> | undefined): SettingsValues {
  return Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, spec?.[f.key] === undefined || spec[f.key] === null ? '' : String(spec[f.key])]));
}

export type JsonPatchOp = { op: 'add' | 'replace' | 'remove' | 'test'; path: string; value?: unknown };

const pointer = (key: string) => `/spec/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * JSON Patch for the changed settings, against `spec` (the object the user is
 * editing or, on a retry after 409, the fresh one). Integers are written as
 * numbers; quantities, names and feature flags ("true" / "false", the CRD's
 * string enum) as strings; '' removes the key. Empty when nothing changed.
 */
export function settingsPatch(spec: Record<string, unknown> | undefined, values: SettingsValues, changedKeys: readonly string[], resourceVersion?: string): JsonPatchOp[] {
  const ops: JsonPatchOp[] = [];
  for (const field of SETTING_FIELDS) {
    if (!changedKeys.includes(field.key)) continue;
    const next = (values[field.key] ?? '').trim();
    const current = spec?.[field.key];
    const currentText = current === undefined || current === null ? '' : String(current);
    if (next === currentText) continue;
    if (next === '') {
      if (current !== undefined) ops.push({ op: 'remove', path: pointer(field.key) });
      continue;
    }
    const value = field.kind === 'integer' ? Number(next) : next;
    ops.push({ op: current === undefined ? 'add' : 'replace', path: pointer(field.key), value });
  }
  if (ops.length === 0) return [];
  const head: JsonPatchOp[] = spec ? [] : [{ op: 'add', path: '/spec', value: {} }];
  // The API server compares this with the stored object's: a concurrent write answers 409 Conflict.
  const precondition: JsonPatchOp[] = resourceVersion ? [{ op: 'replace', path: '/metadata/resourceVersion', value: resourceVersion }] : [];
  return [...precondition, ...head, ...ops];
}
