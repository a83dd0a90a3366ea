import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { V1beta1Plan } from '../../k8s/types';
import { affinityTextOf, parseAffinityText } from './affinityText';
import { formatKarl, parseKarl } from './karl';
import { EMPTY_PLACEMENT_TEXT, placementOps, placementSchema, placementSpec, placementTextOf, type PlacementText } from './placement';

describe('KARL rules', () => {
  it('REQUIRE is a required pod affinity on the hostname topology, key=value as matchLabels', () => {
    expect(parseKarl('REQUIRE pods(app=database) on node')).toEqual({
      affinity: {
        podAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'database' } }, topologyKey: 'kubernetes.io/hostname' }],
        },
      },
    });
  });

  it('PREFER and REPEL are weighted (100 unless given), AVOID a required anti-affinity', () => {
    expect(parseKarl('PREFER pods(app=cache) on zone weight=80').affinity).toEqual({
      podAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          { weight: 80, podAffinityTerm: { labelSelector: { matchLabels: { app: 'cache' } }, topologyKey: 'topology.kubernetes.io/zone' } },
        ],
      },
    });
    expect(parseKarl('REPEL pods(app=batch) on region').affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.[0]).toEqual({
      weight: 100,
      podAffinityTerm: { labelSelector: { matchLabels: { app: 'batch' } }, topologyKey: 'topology.kubernetes.io/region' },
    });
    expect(parseKarl('AVOID pods(app=web) on rack').affinity).toEqual({
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'topology.kubernetes.io/rack' }],
      },
    });
  });

  it('reads every selector form, AND-ed, in the order written', () => {
    const affinity = parseKarl('avoid pods(tier in [web, api], env not in [dev], has monitoring, not has temp, app=x) ON Node;').affinity;
    expect(affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0].labelSelector).toEqual({
      matchLabels: { app: 'x' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['web', 'api'] },
        { key: 'env', operator: 'NotIn', values: ['dev'] },
        { key: 'monitoring', operator: 'Exists' },
        { key: 'temp', operator: 'DoesNotExist' },
      ],
    });
  });

  it('a label called "has" or "not" is still a key=value selector', () => {
    expect(parseKarl('REQUIRE pods(has=yes, not=no) on node').affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0].labelSelector).toEqual({
      matchLabels: { has: 'yes', not: 'no' },
    });
  });

  it.each([
    ['INSIST pods(app=x) on node', 1, 'expected REQUIRE, PREFER, AVOID or REPEL'],
    ['REQUIRE nodes(app=x) on node', 9, 'expected pods(...)'],
    ['REQUIRE pods app=x on node', 14, 'expected "(" after pods'],
    ['REQUIRE pods() on node', 14, 'pods() needs at least one label selector'],
    ['REQUIRE pods(app=x on node', 20, 'expected "," or ")"'],
    ['REQUIRE pods(app=x) near node', 21, 'expected "on" after pods(...)'],
    ['REQUIRE pods(app=x) on planet', 24, 'expected node, zone, region or rack'],
    ['REQUIRE pods(app=x) on node weight=50', 29, 'weight applies only to PREFER and REPEL'],
    ['PREFER pods(app=x) on node weight=0', 35, 'weight is a whole number from 1 to 100'],
    ['PREFER pods(app=x) on node weight=101', 35, 'weight is a whole number from 1 to 100'],
    ['PREFER pods(Bad Key=x) on node', 17, 'expected "=", "in" or "not in" after "Bad"'],
    ['PREFER pods(-bad=x) on node', 13, '"-bad" is not a valid label key'],
    ['PREFER pods(app=x_) on node', 17, '"x_" is not a valid label value'],
    ['PREFER pods(app=) on node', 17, 'expected a label value'],
    ['PREFER pods(app=x, app=y) on node', 20, '"app" is given twice'],
    ['PREFER pods(tier in [a,) on node', 24, 'expected a label value'],
    ['PREFER pods(tier in [a b]) on node', 24, 'expected "," or "]"'],
    ['PREFER pods(tier not [a]) on node', 22, 'expected "in" after "not"'],
    ['REQUIRE pods(app=x) on node extra', 29, 'unexpected "extra"'],
  ])('%s: error at column %i', (text, column, message) => {
    expect(parseKarl(text)).toEqual({ error: { message, column } });
  });

  it('formats a one-rule affinity back to its rule, and refuses what one rule cannot say', () => {
    for (const rule of [
      'REQUIRE pods(app=database) on node',
      'PREFER pods(app=cache,tier in [a,b]) on zone weight=80',
      'AVOID pods(has monitoring,not has temp) on region',
      'REPEL pods(env not in [dev,test]) on rack weight=100',
    ]) {
      expect(formatKarl(parseKarl(rule).affinity)).toBe(rule);
    }
    const required = parseKarl('REQUIRE pods(app=db) on node').affinity!;
    const term = required.podAffinity!.requiredDuringSchedulingIgnoredDuringExecution![0];
    expect(formatKarl({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term, term] } })).toBeUndefined();
    expect(formatKarl({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ ...term, topologyKey: 'example.com/room' }] } })).toBeUndefined();
    expect(formatKarl({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ ...term, namespaces: ['a'] }] } })).toBeUndefined();
    expect(formatKarl({ ...required, nodeAffinity: {} })).toBeUndefined();
    expect(formatKarl({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: {}, topologyKey: 'kubernetes.io/hostname' }] } })).toBeUndefined();
  });
});

describe('affinity text', () => {
  it('is empty, a rule (column counted in the whole text), or YAML checked by the schema', () => {
    expect(parseAffinityText('  ')).toEqual({ kind: 'empty' });
    expect(parseAffinityText('REQUIRE pods(app=x) on node').kind).toBe('karl');
    expect(parseAffinityText('  PREFER pods(app=x) on moon').error).toEqual({ message: 'expected node, zone, region or rack', line: 1, column: 25 });
    const yaml = 'nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n      - matchExpressions:\n          - {key: disk, operator: In, values: [ssd]}\n';
    expect(parseAffinityText(yaml)).toEqual({ kind: 'yaml', affinity: parseYaml(yaml) });
  });

  it('names the YAML field that is wrong, or the line and column of a YAML syntax error', () => {
    expect(parseAffinityText('podAfinity: {}').error).toMatchObject({ path: '' });
    expect(parseAffinityText('podAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    - labelSelector: {}\n').error).toMatchObject({
      path: 'podAffinity.requiredDuringSchedulingIgnoredDuringExecution.0.topologyKey',
    });
    expect(parseAffinityText('nodeAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n    - weight: 0\n      preference: {}\n').error).toEqual({
      message: 'weight is 1 to 100',
      path: 'nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution.0.weight',
    });
    expect(parseAffinityText('podAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    - topologyKey: x\n      labelSelector: {matchExpressions: [{key: a, operator: In}]}\n').error).toMatchObject({
      message: 'In needs values',
    });
    expect(parseAffinityText('podAffinity: [\n').error).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(parseAffinityText('just words').error).toMatchObject({ line: 1, column: 1 });
    expect(parseAffinityText('REQUIRE pods(a=b)\non node').error?.message).toBe('one rule, on one line');
  });

  it('shows an affinity as its rule when it is one, else as YAML that reads back the same', () => {
    const karl = parseKarl('AVOID pods(app=web) on node').affinity;
    expect(affinityTextOf(karl)).toBe('AVOID pods(app=web) on node');
    const node = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'disk', operator: 'In' as const, values: ['ssd'] }] }] } } };
    const text = affinityTextOf(node);
    expect(text).toContain('nodeAffinity:');
    expect(parseAffinityText(text)).toEqual({ kind: 'yaml', affinity: node });
    expect(affinityTextOf(undefined)).toBe('');
  });
});

const plan = (spec: Record<string, unknown>): V1beta1Plan => ({ apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Plan', metadata: { name: 'p', namespace: 'ns' }, spec });

const text = (over: Partial<PlacementText> = {}): PlacementText => ({
  ...EMPTY_PLACEMENT_TEXT,
  ...over,
});

describe('placement fields', () => {
  it('validates each field where it is, with the parser detail', () => {
    const result = placementSchema.safeParse(text({ convertorNodeSelector: 'role', convertorAffinity: 'REQUIRE pods(a=b) on moon' }));
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byPath.convertorNodeSelector).toBe('Labels|"role" is not key=value');
    expect(JSON.parse(byPath.convertorAffinity.slice('Affinity|'.length))).toEqual({ message: 'expected node, zone, region or rack', line: 1, column: 22 });
    expect(placementSchema.safeParse(text({ targetLabels: 'a=b', targetAffinity: 'PREFER pods(a=b) on zone' })).success).toBe(true);
  });

  it('builds only the fields given', () => {
    expect(placementSpec(text({ convertorNodeSelector: 'role=migration', convertorAffinity: 'AVOID pods(app=db) on node' }))).toEqual({
      convertorNodeSelector: { role: 'migration' },
      convertorAffinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' }] } },
    });
  });

  it('patches only what changed: adds, replaces, removes; a round trip of the text changes nothing', () => {
    const current = plan({
      targetLabels: { app: 'web' },
      convertorAffinity: parseKarl('PREFER pods(app=ceph) on node weight=90').affinity,
      targetAffinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 5, preference: { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] } }] } },
    });
    const unchanged = placementTextOf(current.spec);
    expect(unchanged.convertorAffinity).toBe('PREFER pods(app=ceph) on node weight=90');
    expect(placementOps(current, unchanged)).toEqual([]);
    expect(placementOps(current, { ...unchanged, targetLabels: 'app=web,tier=front', convertorNodeSelector: 'role=v2v', convertorAffinity: '', targetAffinity: 'REQUIRE pods(a=b) on zone' })).toEqual([
      { op: 'replace', path: '/spec/targetLabels', value: { app: 'web', tier: 'front' } },
      { op: 'add', path: '/spec/convertorNodeSelector', value: { role: 'v2v' } },
      { op: 'replace', path: '/spec/targetAffinity', value: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { a: 'b' } }, topologyKey: 'topology.kubernetes.io/zone' }] } } },
      { op: 'remove', path: '/spec/convertorAffinity' },
    ]);
  });
});
