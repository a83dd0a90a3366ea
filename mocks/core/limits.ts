/**
 * The API server's request limits and the checks it makes before decoding,
 * with the codes, reasons and messages a real kube-apiserver answers:
 *   - request body over 3 MiB                       → 413 RequestEntityTooLarge
 *   - a body that is not JSON, YAML or protobuf     → 415 UnsupportedMediaType
 *   - an unknown `fieldValidation` directive        → 422 Invalid (CreateOptions/UpdateOptions/PatchOptions)
 *   - duplicate keys in a JSON body under Strict    → 400 BadRequest "strict decoding error: duplicate field"
 *   - annotations over 256 KiB in total, label values over 63 characters → 422 (see metadataErrors)
 * Without them one 50 MB annotation per object was enough to make every list
 * fail ("Invalid string length") and then to exhaust the heap.
 */
import type { K8sObject } from './contract';
import { makeStatus, StatusError, type StatusCause } from './status';

/** kube-apiserver's default `--max-request-body-bytes`... for writes: 3 MiB (etcd's request limit is 1.5 MiB, the server allows twice). */
export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;
/** `TotalAnnotationSizeLimitB` in k8s.io/apimachinery: keys and values together. */
export const MAX_ANNOTATIONS_BYTES = 256 * 1024;
export const MAX_LABEL_VALUE_LENGTH = 63;

export function requestEntityTooLarge(limit = MAX_REQUEST_BODY_BYTES): StatusError {
  return new StatusError(makeStatus(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${limit}`));
}

/** Reads a request body, refusing it as soon as it passes the limit (the declared length is checked first). */
export async function readLimitedBody(request: Request, limit = MAX_REQUEST_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw requestEntityTooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw requestEntityTooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export type BodyFormat = 'json' | 'yaml' | 'protobuf';

/**
 * The media types a create or update body may have. No Content-Type at all
 * counts as JSON (the API server falls back to its first serializer).
 */
export function bodyFormatOf(contentType: string | null): BodyFormat {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === '' || mediaType === 'application/json' || mediaType === '*/*') return 'json';
  if (mediaType === 'application/yaml') return 'yaml';
  if (mediaType === 'application/vnd.kubernetes.protobuf') return 'protobuf';
  throw new StatusError(
    makeStatus(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf (got ${mediaType})`,
    ),
  );
}

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

const OPTIONS_KIND = { create: 'CreateOptions', update: 'UpdateOptions', patch: 'PatchOptions' } as const;

/**
 * The `fieldValidation` directive; absent or empty means Warn. Anything else
 * is refused the way the API server validates its options objects.
 */
export function fieldValidationOf(url: URL, operation: keyof typeof OPTIONS_KIND): FieldValidation {
  const raw = url.searchParams.get('fieldValidation');
  if (raw === null || raw === '') return 'Warn';
  if (raw === 'Strict' || raw === 'Warn' || raw === 'Ignore') return raw;
  const message = `Unsupported value: ${JSON.stringify(raw)}: supported values: "", "Ignore", "Strict", "Warn"`;
  return failInvalidOptions(OPTIONS_KIND[operation], [{ reason: 'FieldValueNotSupported', field: 'fieldValidation', message }]);
}

function failInvalidOptions(kind: string, causes: StatusCause[]): never {
  const summary = causes.map((c) => `${c.field}: ${c.message}`).join(', ');
  throw new StatusError(makeStatus(422, 'Invalid', `${kind}.meta.k8s.io "" is invalid: ${summary}`, { group: 'meta.k8s.io', kind, causes }));
}

/**
 * Paths of keys that occur twice in the same JSON object, e.g.
 * `metadata.name`, `spec.vms[0].id` (the API server's strict decoder names
 * them the same way). Assumes `text` is valid JSON (JSON.parse succeeded).
 */
export function duplicateJsonKeys(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = readString();
        const childPath = path ? `${path}.${key}` : key;
        if (seen.has(key)) found.push(childPath);
        seen.add(key);
        ws();
        i++; // colon
        value(childPath);
        ws();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value(`${path}[${index}]`);
        ws();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    while (i < text.length && !',}] \t\r\n'.includes(text[i])) i++;
  };
  value('');
  return found;
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Label value and total annotation size rules of ObjectMeta validation. */
export function metadataErrors(object: K8sObject): StatusCause[] {
  const causes: StatusCause[] = [];
  const labels = object.metadata?.labels ?? {};
  for (const value of Object.values(labels)) {
    if (typeof value !== 'string') continue;
    const shown = JSON.stringify(value);
    if (value.length > MAX_LABEL_VALUE_LENGTH) {
      causes.push({ reason: 'FieldValueInvalid', field: 'metadata.labels', message: `Invalid value: ${shown}: must be no more than ${MAX_LABEL_VALUE_LENGTH} characters` });
    }
    if (!LABEL_VALUE.test(value)) {
      causes.push({
        reason: 'FieldValueInvalid',
        field: 'metadata.labels',
        message: `Invalid value: ${shown}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      });
    }
  }
  let annotationBytes = 0;
  const encoder = new TextEncoder();
  for (const [key, value] of Object.entries(object.metadata?.annotations ?? {})) {
    annotationBytes += encoder.encode(key).byteLength + encoder.encode(String(value)).byteLength;
  }
  if (annotationBytes > MAX_ANNOTATIONS_BYTES) {
    causes.push({ reason: 'FieldValueTooLong', field: 'metadata.annotations', message: `Too long: must have at most ${MAX_ANNOTATIONS_BYTES} bytes` });
  }
  return causes;
}

/** Custom resources (served from CRDs) need a resourceVersion on update; built-in kinds do not. */
export function isCustomResourceGroup(group: string): boolean {
  return group !== '' && !group.endsWith('.k8s.io') && group !== 'k8s.io';
}
