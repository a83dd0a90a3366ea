import { describe, expect, it } from 'vitest';
import { defaultRegistry } from './registry';
import { schemaFor } from './schema';
import { plan, provider, type Json } from './test-fixtures';
import { pruneUnknown, unknownFields, validateObject } from './validation';

const def = (plural: string, group = 'forklift.konveyor.io', version = 'v1beta1') => defaultRegistry.find({ group, version, plural })!;
const planSchema = schemaFor('forklift.konveyor.io/v1beta1', 'Plan')!;

describe('validateObject', () => {
  it('accepts valid Forklift objects', () => {
    expect(validateObject(def('providers'), provider('vs'))).toEqual([]);
    expect(validateObject(def('plans'), plan('p'))).toEqual([]);
  });

  it('checks names as DNS-1123 subdomains (labels for namespaces)', () => {
    const [cause] = validateObject(def('providers'), provider('My_Provider'));
    expect(cause).toMatchObject({ field: 'metadata.name', reason: 'FieldValueInvalid' });
    expect(cause.message).toContain('lowercase RFC 1123 subdomain');
    expect(validateObject(def('providers'), provider('a.b-c'))).toEqual([]);
    const ns = defaultRegistry.find({ group: '', version: 'v1', plural: 'namespaces' })!;
    expect(validateObject(ns, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a.b' } })[0].message).toContain('RFC 1123 label');
    expect(validateObject(def('providers'), provider('x'.repeat(254)))[0].message).toContain('253');
  });

  it('reports required Plan fields', () => {
    const p = plan('p');
    p.spec = { type: 'cold' };
    const causes = validateObject(def('plans'), p);
    expect(causes.map((c) => [c.field, c.reason])).toEqual([
      ['spec.targetNamespace', 'FieldValueRequired'],
      ['spec.provider', 'FieldValueRequired'],
      ['spec.map', 'FieldValueRequired'],
      ['spec.vms', 'FieldValueRequired'],
    ]);
  });

  it('reports enums with the supported values', () => {
    const p = plan('p');
    p.spec!.type = 'hot';
    expect(validateObject(def('plans'), p)).toEqual([
      { reason: 'FieldValueNotSupported', field: 'spec.type', message: 'Unsupported value: "hot": supported values: "cold", "warm", "live", "conversion"' },
    ]);
    const nm = {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'NetworkMap',
      metadata: { name: 'n', namespace: 'demo' },
      spec: { provider: { source: {}, destination: {} }, map: [{ source: { id: 'net-1' }, destination: { type: 'bridge' } }] },
    };
    expect(validateObject(def('networkmaps'), nm).map((c) => c.field)).toEqual(['spec.map[0].destination.type']);
    const sm = {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'StorageMap',
      metadata: { name: 's', namespace: 'demo' },
      spec: {
        provider: { source: {}, destination: {} },
        map: [{ source: { id: 'ds-1' }, destination: { storageClass: 'gold', volumeMode: 'Raw', accessMode: 'ReadWriteAll' } }],
      },
    };
    expect(validateObject(def('storagemaps'), sm).map((c) => c.field)).toEqual(['spec.map[0].destination.volumeMode', 'spec.map[0].destination.accessMode']);
  });

  it('reports wrong types', () => {
    const p = plan('p');
    p.spec!.vms = 'all of them';
    expect(validateObject(def('plans'), p)).toEqual([
      expect.objectContaining({ field: 'spec.vms', reason: 'FieldValueTypeInvalid', message: expect.stringContaining('must be of type array') }),
    ]);
  });

  it('requires spec.plan on a Migration and spec.type on a Provider', () => {
    const m = { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Migration', metadata: { name: 'm', namespace: 'd' }, spec: {} };
    expect(validateObject(def('migrations'), m).map((c) => c.field)).toEqual(['spec.plan']);
    expect(validateObject(def('providers'), { ...provider('p'), spec: {} }).map((c) => c.field)).toEqual(['spec.type']);
  });
});

describe('unknown fields', () => {
  it('finds them at any depth and prunes them', () => {
    const p = plan('p') as Json;
    p.spec.colour = 'blue';
    p.spec.vms[0].size = 'XL';
    p.metadata.nickname = 'x';
    p.status = { anything: { goes: true } };
    expect(unknownFields(planSchema, p)).toEqual(['metadata.nickname', 'spec.vms[0].size', 'spec.colour']);
    const pruned = pruneUnknown(planSchema, p) as Json;
    expect(unknownFields(planSchema, pruned)).toEqual([]);
    expect(pruned.spec.vms[0]).toEqual({ id: 'vm-1', name: 'web-1' });
    expect(pruned.status).toEqual({ anything: { goes: true } });
    expect(pruned.metadata.name).toBe('p');
  });

  it('allows any keys in maps (labels, settings, targetLabels)', () => {
    const p = plan('p') as Json;
    p.metadata.labels = { a: 'b' };
    p.spec.targetLabels = { 'x/y': 'z' };
    p.spec.targetAffinity = { podAffinity: { anything: [] } };
    expect(unknownFields(planSchema, p)).toEqual([]);
  });
});
