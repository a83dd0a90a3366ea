/**
 * The PATCH content types the API server accepts:
 * - application/json-patch+json (RFC 6902), what the console's k8sPatch sends;
 * - application/merge-patch+json (RFC 7386), kubectl's --type=merge;
 * - application/strategic-merge-patch+json, treated as a merge patch with the
 *   `$`-directives kubectl adds stripped (list merge keys are not modelled:
 *   lists are replaced);
 * - application/apply-patch+yaml (server-side apply), applied as a merge of
 *   the parsed YAML: no field ownership tracking.
 */
import { parse as parseYaml } from 'yaml';
import { clone } from './objects';
import { badRequest, makeStatus, StatusError, unsupportedMediaType } from './status';

export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

export function patchTypeOf(contentType: string | null): PatchType {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  switch (mediaType) {
    case 'application/json-patch+json':
      return 'json';
    case 'application/merge-patch+json':
      return 'merge';
    case 'application/strategic-merge-patch+json':
      return 'strategic';
    case 'application/apply-patch+yaml':
    case 'application/apply-patch+json':
      return 'apply';
    default:
      throw unsupportedMediaType(mediaType);
  }
}

type Json = unknown;

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function patchError(message: string): StatusError {
  return new StatusError(makeStatus(422, 'Invalid', `the server rejected our request due to an error in our request: ${message}`));
}

/** RFC 7386: objects merge recursively, null deletes, anything else replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  const result: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** Strategic merge without merge keys: drop `$` directives, honour `$patch: replace|delete` on maps. */
export function strategicMergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return Array.isArray(patch) ? patch.filter((item) => !(isObject(item) && item.$patch === 'delete')).map(stripDirectives) : clone(patch);
  if (patch.$patch === 'delete') return undefined;
  const base: Record<string, Json> = patch.$patch === 'replace' || !isObject(target) ? {} : { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    if (value === null) delete base[key];
    else {
      const merged = strategicMergePatch(base[key], value);
      if (merged === undefined) delete base[key];
      else base[key] = merged;
    }
  }
  return base;
}

function stripDirectives(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (!isObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('$')) out[k] = stripDirectives(v);
  return out;
}

interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: Json;
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw patchError(`invalid JSON pointer "${pointer}"`);
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function getAt(doc: Json, tokens: string[]): Json {
  let node = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = node[token];
    else return undefined;
  }
  return node;
}

function parentOf(doc: Json, tokens: string[], pointer: string): Record<string, Json> | Json[] {
  const parent = getAt(doc, tokens.slice(0, -1));
  if (!isObject(parent) && !Array.isArray(parent)) throw patchError(`doc is missing path: "${pointer}"`);
  return parent;
}

function arrayIndex(arr: Json[], token: string, pointer: string, forInsert: boolean): number {
  if (token === '-' && forInsert) return arr.length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw patchError(`invalid array index "${token}" in "${pointer}"`);
  const index = Number(token);
  if (index > arr.length || (!forInsert && index === arr.length)) throw patchError(`index out of range: ${pointer}`);
  return index;
}

function addAt(doc: Json, pointer: string, value: Json): Json {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return clone(value);
  const parent = parentOf(doc, tokens, pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, pointer, true), 0, clone(value));
  else parent[last] = clone(value);
  return doc;
}

function removeAt(doc: Json, pointer: string): Json {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw patchError('cannot remove the document root');
  const parent = parentOf(doc, tokens, pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, pointer, false), 1);
  else {
    if (!(last in parent)) throw patchError(`Unable to remove nonexistent key: ${last}: missing value`);
    delete parent[last];
  }
  return doc;
}

/** RFC 6902 JSON Patch, applied to a copy. */
export function jsonPatch(target: Json, operations: Json): Json {
  if (!Array.isArray(operations)) throw badRequest('json patch must be an array of operations');
  let doc = clone(target);
  for (const raw of operations as JsonPatchOp[]) {
    if (!isObject(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') {
      throw badRequest(`invalid json patch operation: ${JSON.stringify(raw)}`);
    }
    switch (raw.op) {
      case 'add':
        doc = addAt(doc, raw.path, raw.value);
        break;
      case 'remove':
        doc = removeAt(doc, raw.path);
        break;
      case 'replace': {
        if (getAt(doc, parsePointer(raw.path)) === undefined) throw patchError(`replace operation does not apply: doc is missing key: ${raw.path}: missing value`);
        doc = addAt(removeAt(doc, raw.path), raw.path, raw.value);
        break;
      }
      case 'move': {
        const value = getAt(doc, parsePointer(raw.from ?? ''));
        if (value === undefined) throw patchError(`move operation does not apply: doc is missing from path: ${raw.from}`);
        doc = addAt(removeAt(doc, raw.from!), raw.path, value);
        break;
      }
      case 'copy': {
        const value = getAt(doc, parsePointer(raw.from ?? ''));
        if (value === undefined) throw patchError(`copy operation does not apply: doc is missing from path: ${raw.from}`);
        doc = addAt(doc, raw.path, value);
        break;
      }
      case 'test': {
        const actual = getAt(doc, parsePointer(raw.path));
        if (JSON.stringify(actual) !== JSON.stringify(raw.value)) throw patchError(`testing value ${raw.path} failed: test failed`);
        break;
      }
      default:
        throw badRequest(`Unexpected kind: ${raw.op}`);
    }
  }
  return doc;
}

/** Parses the body for its patch type and applies it to `target`. */
export function applyPatch(type: PatchType, target: Json, body: string): Json {
  let patch: Json;
  try {
    patch = type === 'apply' ? parseYaml(body) : JSON.parse(body);
  } catch (error) {
    throw badRequest(`error decoding patch: ${(error as Error).message}`);
  }
  switch (type) {
    case 'json':
      return jsonPatch(target, patch);
    case 'merge':
    case 'apply':
      if (!isObject(patch)) throw badRequest('patch body must be a JSON object');
      return mergePatch(target, patch);
    case 'strategic':
      if (!isObject(patch)) throw badRequest('patch body must be a JSON object');
      return strategicMergePatch(target, patch);
  }
}
