import { describe, expect, it } from 'vitest';
import { decodeProtobufObject } from './protobuf';
import { StatusError } from './status';

// A minimal protobuf writer, to build what kubectl sends.
const enc = new TextEncoder();
const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};
const bytesField = (num: number, bytes: number[] | Uint8Array) => [...varint(num * 8 + 2), ...varint(bytes.length), ...bytes];
const str = (num: number, value: string) => bytesField(num, enc.encode(value));
const bool = (num: number, value: boolean) => [...varint(num * 8), value ? 1 : 0];
const entry = (num: number, key: string, value: string) => bytesField(num, [...str(1, key), ...str(2, value)]);
const envelope = (apiVersion: string, kind: string, raw: number[]) =>
  new Uint8Array([0x6b, 0x38, 0x73, 0x00, ...bytesField(1, [...str(1, apiVersion), ...str(2, kind)]), ...bytesField(2, raw), ...str(4, 'application/vnd.kubernetes.protobuf')]);

describe('decodeProtobufObject', () => {
  it('decodes a Namespace with labels', () => {
    const meta = [...str(1, 'demo'), ...entry(11, 'team', 'x')];
    expect(decodeProtobufObject(envelope('v1', 'Namespace', bytesField(1, meta)))).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'demo', labels: { team: 'x' } },
    });
  });

  it('decodes a Secret: data as base64, stringData, type, owner references', () => {
    const owner = [...str(1, 'Provider'), ...str(3, 'vs'), ...str(4, 'uid-1'), ...str(5, 'forklift.konveyor.io/v1beta1'), ...bool(6, true)];
    const meta = [...str(2, 'vs-'), ...str(3, 'demo'), ...bytesField(13, owner)];
    const raw = [...bytesField(1, meta), ...entry(2, 'user', 'admin'), ...str(3, 'Opaque'), ...entry(4, 'url', 'https://x')];
    expect(decodeProtobufObject(envelope('v1', 'Secret', raw))).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { generateName: 'vs-', namespace: 'demo', ownerReferences: [{ apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Provider', name: 'vs', uid: 'uid-1', controller: true }] },
      data: { user: 'YWRtaW4=' },
      type: 'Opaque',
      stringData: { url: 'https://x' },
    });
  });

  it('decodes a ConfigMap and refuses other kinds and bad frames', () => {
    const raw = [...bytesField(1, str(1, 'cm')), ...entry(2, 'a', 'b'), ...bool(4, true)];
    expect(decodeProtobufObject(envelope('v1', 'ConfigMap', raw))).toMatchObject({ metadata: { name: 'cm' }, data: { a: 'b' }, immutable: true });
    expect(() => decodeProtobufObject(envelope('v1', 'Pod', []))).toThrow(StatusError);
    expect(() => decodeProtobufObject(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(StatusError);
  });
});
