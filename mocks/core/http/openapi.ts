/**
 * OpenAPI v3 documents, shaped for what kubectl 1.32 needs: per group-version
 * documents whose `patch` operations carry `x-kubernetes-group-version-kind`
 * and a `fieldValidation` query parameter, so `kubectl apply` delegates strict
 * field validation to this server. The request bodies list JSON and merge
 * patches only (as a CRD does), so kubectl computes JSON merge patches.
 */
import type { ResourceDef, ResourceRegistry } from '../registry';
import { groupVersion } from '../registry';
import { schemaFor, type Schema } from '../schema';

function toOpenApi(schema: Schema): Record<string, unknown> {
  switch (schema.type) {
    case 'any':
      return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    case 'string':
      return { type: 'string', ...(schema.enum ? { enum: [...schema.enum] } : {}), ...(schema.format ? { format: schema.format } : {}) };
    case 'integer':
      return { type: 'integer', format: 'int64' };
    case 'number':
    case 'boolean':
      return { type: schema.type };
    case 'array':
      return { type: 'array', items: toOpenApi(schema.items) };
    case 'object': {
      const out: Record<string, unknown> = { type: 'object' };
      if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, toOpenApi(v)]));
      if (schema.additionalProperties) out.additionalProperties = toOpenApi(schema.additionalProperties);
      if (schema.required?.length) out.required = [...schema.required];
      return out;
    }
  }
}

/** `io.konveyor.forklift.v1beta1.Plan`, `io.k8s.api.core.v1.Secret`: the naming Kubernetes uses. */
export function schemaName(def: ResourceDef): string {
  if (!def.group) return `io.k8s.api.core.${def.version}.${def.kind}`;
  const reversed = def.group.split('.').reverse().join('.');
  return `${reversed}.${def.version}.${def.kind}`;
}

const queryParam = (name: string, description: string) => ({
  name,
  in: 'query',
  description,
  schema: { type: 'string', uniqueItems: true },
});

const COMMON_WRITE_PARAMS = [
  queryParam('dryRun', 'When present, indicates that modifications should not be persisted.'),
  queryParam('fieldManager', 'fieldManager is a name associated with the actor or entity that is making these changes.'),
  queryParam('fieldValidation', 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields. Valid values are: Ignore, Warn, Strict.'),
];

function operations(def: ResourceDef) {
  const gvk = { group: def.group, version: def.version, kind: def.kind };
  const ref = { $ref: `#/components/schemas/${schemaName(def)}` };
  const jsonBody = { content: { '*/*': { schema: ref } }, required: true };
  const okResponse = { description: 'OK', content: { 'application/json': { schema: ref } } };
  const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  // Like the API server: patchForkliftKonveyorIoV1beta1NamespacedPlan, patchCoreV1Namespace.
  const groupId = def.group ? def.group.split(/[.-]/).map(capitalize).join('') : 'Core';
  const id = (verb: string) => `${verb}${groupId}${capitalize(def.version)}${def.namespaced ? 'Namespaced' : ''}${def.kind}`;
  const op = (verb: string, action: string, extra: Record<string, unknown> = {}) => ({
    operationId: id(verb),
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
    responses: { '200': okResponse },
    ...extra,
  });
  const prefix = def.group ? `/apis/${def.group}/${def.version}` : `/api/${def.version}`;
  const collection = def.namespaced ? `${prefix}/namespaces/{namespace}/${def.plural}` : `${prefix}/${def.plural}`;
  const item = `${collection}/{name}`;
  const pathParams = [
    ...(def.namespaced ? [{ name: 'namespace', in: 'path', required: true, schema: { type: 'string', uniqueItems: true } }] : []),
  ];
  const itemParams = [{ name: 'name', in: 'path', required: true, schema: { type: 'string', uniqueItems: true } }, ...pathParams];
  const paths: Record<string, unknown> = {};
  paths[collection] = {
    parameters: pathParams,
    ...(def.verbs.includes('list') ? { get: op('list', 'list') } : {}),
    ...(def.verbs.includes('create') ? { post: op('create', 'post', { parameters: COMMON_WRITE_PARAMS, requestBody: jsonBody }) } : {}),
  };
  if (def.verbs.includes('get')) {
    paths[item] = {
      parameters: itemParams,
      get: op('read', 'get'),
      put: op('replace', 'put', { parameters: COMMON_WRITE_PARAMS, requestBody: jsonBody }),
      patch: op('patch', 'patch', {
        parameters: [...COMMON_WRITE_PARAMS, queryParam('force', 'Force is going to "force" Apply requests.')],
        requestBody: {
          content: {
            'application/json-patch+json': { schema: { type: 'object' } },
            'application/merge-patch+json': { schema: { type: 'object' } },
            'application/apply-patch+yaml': { schema: { type: 'object' } },
          },
          required: true,
        },
      }),
      delete: op('delete', 'delete'),
    };
  }
  return paths;
}

export function openApiIndex(registry: ResourceRegistry) {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  const gvs = [{ group: '', version: 'v1' }, ...registry.groupVersions()];
  for (const gv of gvs) {
    const path = gv.group ? `apis/${gv.group}/${gv.version}` : `api/${gv.version}`;
    // The hash only has to change when the document does: the documents are static.
    paths[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=${hashOf(path)}` };
  }
  return { paths };
}

function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).toUpperCase().padStart(8, '0').repeat(4);
}

export function openApiDocument(registry: ResourceRegistry, group: string, version: string) {
  const defs = registry.inGroupVersion(group, version);
  if (!defs.length) return undefined;
  const schemas: Record<string, unknown> = {};
  let paths: Record<string, unknown> = {};
  for (const def of defs) {
    const schema = schemaFor(groupVersion(def), def.kind);
    schemas[schemaName(def)] = {
      ...(schema ? toOpenApi(schema) : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }),
      'x-kubernetes-group-version-kind': [{ group: def.group, version: def.version, kind: def.kind }],
    };
    paths = { ...paths, ...operations(def) };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths,
    components: { schemas },
  };
}
