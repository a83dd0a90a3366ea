/**
 * Admission-time validation, as the API server does it for CRDs with a
 * structural schema: names, required fields, enums and types (→ 422 Invalid
 * with causes), and unknown fields (strict: 400; otherwise pruned).
 */
import type { K8sObject } from './contract';
import type { ResourceDef } from './registry';
import { groupVersion } from './registry';
import { schemaFor, type Schema } from './schema';
import type { StatusCause } from './status';
import { metadataErrors } from './limits';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 253) errors.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value)) {
    errors.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return errors;
}

export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push('must be no more than 63 characters');
  if (!DNS1123_LABEL.test(value)) {
    errors.push(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errors;
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeMatches(schema: Schema, value: unknown): boolean {
  switch (schema.type) {
    case 'any':
      return true;
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Required fields, enums, types. `null` values count as absent, as in Kubernetes. */
export function schemaErrors(schema: Schema, value: unknown, path = ''): StatusCause[] {
  if (value === null || value === undefined) return [];
  if (!typeMatches(schema, value)) {
    return [
      {
        reason: 'FieldValueTypeInvalid',
        field: path,
        message: `Invalid value: "${jsonType(value)}": ${path} in body must be of type ${schema.type}: ${describe(value)}`,
      },
    ];
  }
  const causes: StatusCause[] = [];
  if (schema.type === 'string' && schema.enum && !schema.enum.includes(value as string)) {
    causes.push({
      reason: 'FieldValueNotSupported',
      field: path,
      message: `Unsupported value: ${describe(value)}: supported values: ${schema.enum.map((v) => `"${v}"`).join(', ')}`,
    });
  }
  if (schema.type === 'array') {
    (value as unknown[]).forEach((item, i) => causes.push(...schemaErrors(schema.items, item, `${path}[${i}]`)));
  }
  if (schema.type === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (record[key] === undefined || record[key] === null) {
        causes.push({ reason: 'FieldValueRequired', field: join(path, key), message: 'Required value' });
      }
    }
    for (const [key, child] of Object.entries(record)) {
      const childSchema = schema.properties?.[key] ?? schema.additionalProperties;
      if (childSchema) causes.push(...schemaErrors(childSchema, child, join(path, key)));
    }
  }
  return causes;
}

/** Paths of fields the schema does not know, e.g. `spec.foo`, `spec.vms[0].bar`. */
export function unknownFields(schema: Schema, value: unknown, path = ''): string[] {
  if (schema.type === 'array' && Array.isArray(value)) {
    return value.flatMap((item, i) => unknownFields(schema.items, item, `${path}[${i}]`));
  }
  if (schema.type !== 'object' || !isPlainObject(value)) return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const childSchema = schema.properties?.[key] ?? schema.additionalProperties;
    if (!childSchema) found.push(join(path, key));
    else found.push(...unknownFields(childSchema, child, join(path, key)));
  }
  return found;
}

/** A copy of `value` without the fields the schema does not know (CRD pruning). */
export function pruneUnknown<T>(schema: Schema, value: T): T {
  if (schema.type === 'array' && Array.isArray(value)) {
    return value.map((item) => pruneUnknown(schema.items, item)) as T;
  }
  if (schema.type !== 'object' || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childSchema = schema.properties?.[key] ?? schema.additionalProperties;
    if (childSchema) out[key] = pruneUnknown(childSchema, child);
  }
  return out as T;
}

/** Everything a create or update must pass: name rules and the kind's schema. */
export function validateObject(def: ResourceDef, object: K8sObject): StatusCause[] {
  const causes: StatusCause[] = [];
  const name = object.metadata?.name;
  if (!name) {
    causes.push({ reason: 'FieldValueRequired', field: 'metadata.name', message: 'Required value: name or generateName is required' });
  } else {
    const errors = def.kind === 'Namespace' ? dns1123LabelErrors(name) : dns1123SubdomainErrors(name);
    for (const message of errors) {
      causes.push({ reason: 'FieldValueInvalid', field: 'metadata.name', message: `Invalid value: ${describe(name)}: ${message}` });
    }
  }
  causes.push(...metadataErrors(object));
  const schema = schemaFor(groupVersion(def), def.kind);
  if (schema) causes.push(...schemaErrors(schema, object));
  return causes;
}
