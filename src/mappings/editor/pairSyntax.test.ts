import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPairs, parseNetworkPairs, parsePairs, parseStoragePairs, resolvePairs, unrepresentableName } from './pairSyntax';
import { ACCESS_MODES, OFFLOAD_VENDORS, VOLUME_MODES, type MappingKind, type MappingPair, type MappingSource } from './types';

const sources: MappingSource[] = [
  { id: 'net-1', name: 'VM Network' },
  { id: 'net-2', name: 'Prod VLAN' },
];

describe('network pair syntax', () => {
  it('reads the kubectl-mtv example', () => {
    const { pairs, errors } = parseNetworkPairs('VM Network:default,Prod VLAN:prod/prod-net', 'mtv');
    expect(errors).toEqual([]);
    expect(resolvePairs(pairs, sources)).toEqual({
      pairs: [
        { sourceId: 'net-1', targetId: 'pod' },
        { sourceId: 'net-2', targetId: 'prod/prod-net' },
      ],
      errors: [],
    });
  });
  it('reads ignored, a bare NAD name in the map namespace, and trims whitespace and empty pairs', () => {
    const { pairs, errors } = parseNetworkPairs('  a : ignored ,, b: nad-1 ,c:ns / x', 'mtv');
    expect(errors).toEqual([]);
    expect(pairs.map((p) => [p.sourceName, p.targetId])).toEqual([
      ['a', 'ignored'],
      ['b', 'mtv/nad-1'],
      ['c', 'ns/x'],
    ]);
    expect(pairs[1].sourceOffset).toBe(17);
  });
  it('reads `pod` as kubectl-mtv does: a NAD named pod (the pod network is `default`)', () => {
    expect(parseNetworkPairs('a:pod', 'mtv').pairs[0].targetId).toBe('mtv/pod');
  });
  it('splits at the first colon only', () => {
    expect(parseNetworkPairs('a:b:c', 'mtv').pairs[0]).toMatchObject({ sourceName: 'a', targetId: 'mtv/b:c' });
  });
  it('points errors into the string', () => {
    const text = 'VM Network:default,Prod VLAN,x:';
    const { errors } = parseNetworkPairs(text, 'mtv');
    expect(errors).toEqual([
      { code: 'missingColon', offset: 19, length: 9, value: 'Prod VLAN' },
      { code: 'emptyTarget', offset: 31, length: 1, value: '' },
    ]);
    expect(text.slice(19, 28)).toBe('Prod VLAN');
  });
  it('reports an empty source, an empty namespace or name and the VLAN suffix', () => {
    expect(parseNetworkPairs(' :default', 'mtv').errors[0]).toMatchObject({ code: 'emptySource', offset: 1 });
    expect(parseNetworkPairs('a:/x', 'mtv').errors[0]).toMatchObject({ code: 'emptyNamespace', offset: 2 });
    expect(parseNetworkPairs('a:ns/', 'mtv').errors[0]).toMatchObject({ code: 'emptyName', offset: 2 });
    expect(parseNetworkPairs('a@100:default', 'mtv').errors[0]).toMatchObject({ code: 'vlanUnsupported', offset: 1, value: '@100' });
  });
  it('reports an unknown source name at its offset, and maps every source sharing a name', () => {
    const dup = [...sources, { id: 'net-3', name: 'VM Network' }];
    const { pairs } = parseNetworkPairs('VM Network:ignored, Nope:default', 'mtv');
    expect(resolvePairs(pairs, dup)).toEqual({
      pairs: [
        { sourceId: 'net-1', targetId: 'ignored' },
        { sourceId: 'net-3', targetId: 'ignored' },
      ],
      errors: [{ code: 'unknownSource', offset: 20, length: 4, value: 'Nope' }],
    });
  });
});

describe('storage pair syntax', () => {
  it('reads the kubectl-mtv example with options', () => {
    const { pairs, errors } = parseStoragePairs('SSD:fast;volumeMode=Block;accessMode=ReadWriteOnce');
    expect(errors).toEqual([]);
    expect(pairs).toEqual([{ sourceName: 'SSD', sourceOffset: 0, targetId: 'fast', volumeMode: 'Block', accessMode: 'ReadWriteOnce' }]);
  });
  it('keeps only the class of a namespace/class target, as kubectl-mtv does', () => {
    expect(parseStoragePairs('a:ns/gold').pairs[0].targetId).toBe('gold');
  });
  it('points at a bad option value, an unknown option and an incomplete copy offload', () => {
    const text = 'a:b;volumeMode=Blok,c:d;colour=red,e:f;offloadPlugin=vsphere,g:h;accessMode';
    const { errors, pairs } = parseStoragePairs(text);
    expect(pairs).toEqual([]);
    expect(errors.map((e) => [e.code, text.slice(e.offset, e.offset + e.length)])).toEqual([
      ['badVolumeMode', 'Blok'],
      ['unknownOption', 'colour'],
      ['offloadIncomplete', 'e:f'],
      ['optionWithoutValue', 'accessMode'],
    ]);
  });
  it('reads copy offload: plugin, vendor, secret and the migration hosts joined by +', () => {
    const { pairs, errors } = parseStoragePairs('SSD:fast;offloadPlugin=vsphere;offloadVendor=ontap;offloadSecret=array-creds;offloadMigrationHosts=host-1+host-2');
    expect(errors).toEqual([]);
    expect(pairs[0].offload).toEqual({ vendor: 'ontap', secret: 'array-creds', migrationHosts: ['host-1', 'host-2'] });
    const bad = 'a:b;offloadPlugin=csi;offloadVendor=ontap;offloadSecret=s,c:d;offloadPlugin=vsphere;offloadVendor=netapp;offloadSecret=s,e:f;offloadVendor=ontap;offloadSecret=s';
    expect(parseStoragePairs(bad).errors.map((e) => [e.code, bad.slice(e.offset, e.offset + e.length)])).toEqual([
      ['badOffloadPlugin', 'csi'],
      ['badOffloadVendor', 'netapp'],
      ['offloadIncomplete', 'e:f'],
    ]);
  });
  it('reports a bad access mode and a missing class', () => {
    expect(parseStoragePairs('a:b;accessMode=RWX').errors[0]).toMatchObject({ code: 'badAccessMode', offset: 15 });
    expect(parseStoragePairs('a: ;volumeMode=Block').errors[0]).toMatchObject({ code: 'emptyTarget' });
  });
});

describe('formatPairs', () => {
  it('writes the pod network as default and NADs in full', () => {
    const pairs: MappingPair[] = [
      { sourceId: 'net-1', targetId: 'pod' },
      { sourceId: 'net-2', targetId: 'prod/prod-net' },
    ];
    expect(formatPairs('network', pairs, sources)).toEqual({ text: 'VM Network:default,Prod VLAN:prod/prod-net', skipped: [] });
  });
  it('writes storage options and skips what the syntax cannot carry', () => {
    const ss = [
      { id: 'ds-1', name: 'SSD' },
      { id: 'ds-2', name: 'a,b' },
    ];
    const pairs: MappingPair[] = [
      { sourceId: 'ds-1', targetId: 'fast', volumeMode: 'Block', accessMode: 'ReadWriteOnce' },
      { sourceId: 'ds-2', targetId: 'fast' },
      { sourceId: 'gone', targetId: 'fast' },
    ];
    expect(formatPairs('storage', pairs, ss)).toEqual({ text: 'SSD:fast;volumeMode=Block;accessMode=ReadWriteOnce', skipped: ['ds-2', 'gone'] });
    expect(formatPairs('storage', [{ sourceId: 'ds-1', targetId: 'fast', offload: { vendor: 'vantara', secret: 's', migrationHosts: ['h1', 'h2'] } }], ss).text).toBe(
      'SSD:fast;offloadPlugin=vsphere;offloadVendor=vantara;offloadSecret=s;offloadMigrationHosts=h1+h2',
    );
  });
});

describe('round trip: parse(format(pairs)) gives the pairs back', () => {
  const name = fc
    .stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._@;/=-]{0,14}$/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const dns = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
  const world = (kind: MappingKind) =>
    fc.uniqueArray(name, { minLength: 1, maxLength: 8 }).chain((names) => {
      const ss = names.filter((n) => !unrepresentableName(kind, n)).map((n, i) => ({ id: `id-${i}`, name: n }));
      const target =
        kind === 'network'
          ? fc.oneof(fc.constant('pod'), fc.constant('ignored'), fc.tuple(dns, dns).map(([ns, n]) => `${ns}/${n}`))
          : dns;
      const pair = fc.record(
        {
          sourceId: fc.constantFrom(...ss.map((s) => s.id), 'id-none'),
          targetId: target,
          ...(kind === 'storage'
            ? {
                volumeMode: fc.constantFrom(...VOLUME_MODES),
                accessMode: fc.constantFrom(...ACCESS_MODES),
                offload: fc.record(
                  { vendor: fc.constantFrom(...OFFLOAD_VENDORS), secret: dns, migrationHosts: fc.array(dns, { minLength: 1, maxLength: 3 }) },
                  { requiredKeys: ['vendor', 'secret'] },
                ),
              }
            : {}),
        },
        { requiredKeys: ['sourceId', 'targetId'] },
      );
      return fc.tuple(fc.constant(ss), fc.array(pair, { maxLength: 8 }));
    });
  for (const kind of ['network', 'storage'] as const) {
    it(kind, () => {
      fc.assert(
        fc.property(world(kind), ([ss, pairs]) => {
          const known = pairs.filter((p) => ss.some((s) => s.id === p.sourceId));
          const { text, skipped } = formatPairs(kind, pairs, ss);
          expect(skipped).toEqual(pairs.filter((p) => !known.includes(p)).map((p) => p.sourceId));
          const parsed = parsePairs(kind, text, 'any-ns');
          expect(parsed.errors).toEqual([]);
          const resolved = resolvePairs(parsed.pairs, ss);
          expect(resolved.errors).toEqual([]);
          expect(resolved.pairs).toEqual(known);
        }),
        { numRuns: 300 },
      );
    });
  }
});
