/**
 * Just enough Kubernetes protobuf to read what kubectl's typed clients send
 * (`kubectl create namespace|secret|configmap` post protobuf bodies and never
 * fall back to JSON). Decodes the `k8s\0` envelope (runtime.Unknown) and the
 * v1 Namespace, Secret and ConfigMap messages into JSON objects. Responses
 * stay JSON: clients accept that.
 */
import type { K8sObject } from './contract';
import { badRequest, unsupportedMediaType } from './status';

const MAGIC = [0x6b, 0x38, 0x73, 0x00]; // "k8s\0"

type Field = { number: number; wireType: number; varint?: number; bytes?: Uint8Array };

function readFields(buf: Uint8Array): Field[] {
  const fields: Field[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (pos >= buf.length) throw badRequest('truncated protobuf');
      const byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    const wireType = key & 7;
    if (wireType === 0) fields.push({ number, wireType, varint: varint() });
    else if (wireType === 2) {
      const length = varint();
      fields.push({ number, wireType, bytes: buf.subarray(pos, pos + length) });
      pos += length;
    } else if (wireType === 1) pos += 8;
    else if (wireType === 5) pos += 4;
    else throw badRequest(`unsupported protobuf wire type ${wireType}`);
  }
  return fields;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());
const base64 = (bytes: Uint8Array | undefined) => btoa(String.fromCharCode(...(bytes ?? new Uint8Array())));

function strings(fields: Field[], number: number): string[] {
  return fields.filter((f) => f.number === number).map((f) => text(f.bytes));
}

function first(fields: Field[], number: number): Field | undefined {
  return fields.find((f) => f.number === number);
}

function map(fields: Field[], number: number, value: (bytes: Uint8Array | undefined) => string): Record<string, string> | undefined {
  const entries = fields.filter((f) => f.number === number);
  if (!entries.length) return undefined;
  return Object.fromEntries(
    entries.map((entry) => {
      const kv = readFields(entry.bytes!);
      return [text(first(kv, 1)?.bytes), value(first(kv, 2)?.bytes)];
    }),
  );
}

function objectMeta(bytes: Uint8Array | undefined): K8sObject['metadata'] {
  const f = readFields(bytes ?? new Uint8Array());
  const meta: K8sObject['metadata'] = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) meta[key] = value;
  };
  set('name', strings(f, 1)[0]);
  set('generateName', strings(f, 2)[0]);
  set('namespace', strings(f, 3)[0]);
  set('labels', map(f, 11, text));
  set('annotations', map(f, 12, text));
  set(
    'ownerReferences',
    f.filter((x) => x.number === 13).map((x) => {
      const o = readFields(x.bytes!);
      return {
        apiVersion: strings(o, 5)[0],
        kind: strings(o, 1)[0],
        name: strings(o, 3)[0],
        uid: strings(o, 4)[0],
        ...(first(o, 6) ? { controller: first(o, 6)!.varint === 1 } : {}),
        ...(first(o, 7) ? { blockOwnerDeletion: first(o, 7)!.varint === 1 } : {}),
      };
    }),
  );
  set('finalizers', strings(f, 14));
  return meta;
}

function decodeKind(kind: string, raw: Uint8Array): Record<string, unknown> {
  const f = readFields(raw);
  const metadata = objectMeta(first(f, 1)?.bytes);
  switch (kind) {
    case 'Namespace': {
      const spec = first(f, 2) ? { finalizers: strings(readFields(first(f, 2)!.bytes!), 1) } : undefined;
      return { metadata, ...(spec?.finalizers.length ? { spec } : {}) };
    }
    case 'Secret':
      return {
        metadata,
        ...(map(f, 2, base64) ? { data: map(f, 2, base64) } : {}),
        ...(first(f, 3) ? { type: text(first(f, 3)!.bytes) } : {}),
        ...(map(f, 4, text) ? { stringData: map(f, 4, text) } : {}),
        ...(first(f, 5) ? { immutable: first(f, 5)!.varint === 1 } : {}),
      };
    case 'ConfigMap':
      return {
        metadata,
        ...(map(f, 2, text) ? { data: map(f, 2, text) } : {}),
        ...(map(f, 3, base64) ? { binaryData: map(f, 3, base64) } : {}),
        ...(first(f, 4) ? { immutable: first(f, 4)!.varint === 1 } : {}),
      };
    default:
      throw unsupportedMediaType(`application/vnd.kubernetes.protobuf (for ${kind})`);
  }
}

/** Decodes a `k8s\0`-framed protobuf body into the JSON object it carries. */
export function decodeProtobufObject(body: Uint8Array): K8sObject {
  if (body.length < 4 || MAGIC.some((b, i) => body[i] !== b)) throw badRequest('protobuf body without the k8s envelope');
  const unknown = readFields(body.subarray(4));
  const typeMeta = readFields(first(unknown, 1)?.bytes ?? new Uint8Array());
  const apiVersion = text(first(typeMeta, 1)?.bytes);
  const kind = text(first(typeMeta, 2)?.bytes);
  return { apiVersion, kind, ...decodeKind(kind, first(unknown, 2)?.bytes ?? new Uint8Array()) } as K8sObject;
}
