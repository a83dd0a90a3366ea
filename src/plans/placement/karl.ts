/**
 * KARL, the one-line affinity rule `kubectl mtv` takes for --target-affinity
 * and --convertor-affinity, parsed into a core/v1 Affinity (and back, when an
 * affinity is one such rule):
 *
 *   RULE pods(selector, ...) on TOPOLOGY [weight=N]
 *
 * RULE is REQUIRE (hard affinity), PREFER (soft affinity), AVOID (hard
 * anti-affinity) or REPEL (soft anti-affinity); a selector is `key=value`,
 * `key in [a,b]`, `key not in [a,b]`, `has key` or `not has key`, all of them
 * AND-ed; TOPOLOGY is node, zone, region or rack; weight (1-100, default 100)
 * is for the soft rules only. Like kubectl-mtv, `key=value` selectors become
 * matchLabels and the others matchExpressions, in the order written.
 *
 * Stricter than kubectl-mtv where it would silently ignore something: a
 * weight on a hard rule, an empty pods(), a label key or value Kubernetes
 * would refuse, text after the rule. Every error names its column.
 */
import { isLabelKey, isLabelValue } from '../wizard/keyValues';
import type { Affinity, LabelSelector, LabelSelectorRequirement, PodAffinityTerm } from './affinity';

export const KARL_RULES = ['REQUIRE', 'PREFER', 'AVOID', 'REPEL'] as const;
export type KarlRule = (typeof KARL_RULES)[number];

export const KARL_TOPOLOGY = {
  node: 'kubernetes.io/hostname',
  zone: 'topology.kubernetes.io/zone',
  region: 'topology.kubernetes.io/region',
  rack: 'topology.kubernetes.io/rack',
} as const;
type Topology = keyof typeof KARL_TOPOLOGY;

export interface KarlError {
  message: string;
  /** 1-based column of the text the error is about. */
  column: number;
}

export type KarlResult = { affinity: Affinity; error?: undefined } | { affinity?: undefined; error: KarlError };

class KarlSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/** Characters that end a word: space, the selector punctuation. */
const DELIMITER = /[\s,=()[\];]/;

const isSoft = (rule: KarlRule) => rule === 'PREFER' || rule === 'REPEL';

/** A rule starts with one of the rule words (any case, as kubectl-mtv reads them). */
export const looksLikeKarl = (text: string): boolean => new RegExp(`^\\s*(${KARL_RULES.join('|')})(\\s|$)`, 'i').test(text);

export const parseKarl = (text: string): KarlResult => {
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    throw new KarlSyntaxError(message, at);
  };
  const skipWs = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  /** The word at pos (up to a delimiter), consumed; empty when pos is at a delimiter or the end. */
  const word = (): { text: string; start: number } => {
    skipWs();
    const start = pos;
    while (pos < text.length && !DELIMITER.test(text[pos])) pos++;
    return { text: text.slice(start, pos), start };
  };
  const peek = (): string => {
    skipWs();
    return text[pos] ?? '';
  };
  const expectChar = (ch: string, what: string) => {
    if (peek() !== ch) fail(`expected ${what}`);
    pos++;
  };
  const labelKey = (): string => {
    const key = word();
    if (!key.text) fail('expected a label key');
    if (!isLabelKey(key.text)) fail(`"${key.text}" is not a valid label key`, key.start);
    return key.text;
  };
  const labelValue = (): string => {
    const value = word();
    if (!value.text) fail('expected a label value');
    if (!isLabelValue(value.text)) fail(`"${value.text}" is not a valid label value`, value.start);
    return value.text;
  };
  const valueList = (): string[] => {
    expectChar('[', '"["');
    const values = [labelValue()];
    while (peek() === ',') {
      pos++;
      values.push(labelValue());
    }
    expectChar(']', '"," or "]"');
    return values;
  };

  try {
    const ruleWord = word();
    const rule = ruleWord.text.toUpperCase() as KarlRule;
    if (!KARL_RULES.includes(rule)) fail('expected REQUIRE, PREFER, AVOID or REPEL', ruleWord.start);

    const target = word();
    if (target.text.toLowerCase() !== 'pods') fail('expected pods(...)', target.start);
    expectChar('(', '"(" after pods');

    const matchLabels: Record<string, string> = {};
    const matchExpressions: LabelSelectorRequirement[] = [];
    if (peek() === ')') fail('pods() needs at least one label selector');
    for (;;) {
      const first = word();
      const lower = first.text.toLowerCase();
      if (!first.text) fail('expected a label selector');
      if (peek() === '=') {
        // key=value (checked before has/not so a label named "has" still works)
        if (!isLabelKey(first.text)) fail(`"${first.text}" is not a valid label key`, first.start);
        if (first.text in matchLabels) fail(`"${first.text}" is given twice`, first.start);
        pos++;
        matchLabels[first.text] = labelValue();
      } else if (lower === 'has') {
        matchExpressions.push({ key: labelKey(), operator: 'Exists' });
      } else if (lower === 'not' && text.slice(pos).match(/^\s*has(\s|$)/i)) {
        word();
        matchExpressions.push({ key: labelKey(), operator: 'DoesNotExist' });
      } else {
        if (!isLabelKey(first.text)) fail(`"${first.text}" is not a valid label key`, first.start);
        const op = word();
        const opLower = op.text.toLowerCase();
        if (opLower === 'in') {
          matchExpressions.push({ key: first.text, operator: 'In', values: valueList() });
        } else if (opLower === 'not') {
          const inWord = word();
          if (inWord.text.toLowerCase() !== 'in') fail('expected "in" after "not"', inWord.start);
          matchExpressions.push({ key: first.text, operator: 'NotIn', values: valueList() });
        } else {
          fail(`expected "=", "in" or "not in" after "${first.text}"`, op.text ? op.start : pos);
        }
      }
      const next = peek();
      if (next === ',') {
        pos++;
        continue;
      }
      if (next === ')') {
        pos++;
        break;
      }
      fail('expected "," or ")"');
    }

    const on = word();
    if (on.text.toLowerCase() !== 'on') fail('expected "on" after pods(...)', on.start);
    const topo = word();
    const topology = topo.text.toLowerCase() as Topology;
    if (!(topology in KARL_TOPOLOGY)) fail('expected node, zone, region or rack', topo.start);

    let weight = 100;
    const rest = word();
    if (rest.text) {
      if (rest.text.toLowerCase() !== 'weight') fail(`unexpected "${rest.text}"`, rest.start);
      if (!isSoft(rule)) fail('weight applies only to PREFER and REPEL', rest.start);
      expectChar('=', '"=" after weight');
      const n = word();
      if (!/^\d+$/.test(n.text) || Number(n.text) < 1 || Number(n.text) > 100) fail('weight is a whole number from 1 to 100', n.start);
      weight = Number(n.text);
    }
    if (peek() === ';') pos++;
    skipWs();
    if (pos < text.length) fail(`unexpected "${text.slice(pos)}"`);

    const labelSelector: LabelSelector = {
      ...(Object.keys(matchLabels).length ? { matchLabels } : {}),
      ...(matchExpressions.length ? { matchExpressions } : {}),
    };
    const term: PodAffinityTerm = { labelSelector, topologyKey: KARL_TOPOLOGY[topology] };
    const kind = rule === 'REQUIRE' || rule === 'PREFER' ? 'podAffinity' : 'podAntiAffinity';
    const affinity: Affinity = {
      [kind]: isSoft(rule)
        ? { preferredDuringSchedulingIgnoredDuringExecution: [{ weight, podAffinityTerm: term }] }
        : { requiredDuringSchedulingIgnoredDuringExecution: [term] },
    };
    return { affinity };
  } catch (e) {
    if (e instanceof KarlSyntaxError) return { error: { message: e.message, column: e.index + 1 } };
    throw e;
  }
};

const TOPOLOGY_WORD = Object.fromEntries(Object.entries(KARL_TOPOLOGY).map(([word, key]) => [key, word])) as Record<string, Topology>;

const onlyKeys = (obj: object, allowed: readonly string[]) => Object.keys(obj).every((k) => allowed.includes(k));

/**
 * The KARL rule that gives exactly this affinity, or undefined when it is not
 * one rule (several terms, node affinity, namespaces, another topology key...).
 * Used to show an existing plan's affinity in the form it can be edited in,
 * and to write the `kubectl mtv` flag.
 */
export const formatKarl = (affinity: Affinity | undefined): string | undefined => {
  if (!affinity || !onlyKeys(affinity, ['podAffinity', 'podAntiAffinity'])) return undefined;
  const groups = (['podAffinity', 'podAntiAffinity'] as const).filter((k) => affinity[k] !== undefined);
  if (groups.length !== 1) return undefined;
  const kind = groups[0];
  const group = affinity[kind] ?? {};
  if (!onlyKeys(group, ['requiredDuringSchedulingIgnoredDuringExecution', 'preferredDuringSchedulingIgnoredDuringExecution'])) return undefined;
  const required = group.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  const preferred = group.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  if (required.length + preferred.length !== 1) return undefined;
  const soft = preferred.length === 1;
  const term = soft ? preferred[0].podAffinityTerm : required[0];
  if (soft && !onlyKeys(preferred[0], ['weight', 'podAffinityTerm'])) return undefined;
  if (!term || !onlyKeys(term, ['labelSelector', 'topologyKey'])) return undefined;
  const topology = TOPOLOGY_WORD[term.topologyKey];
  const selector = term.labelSelector ?? {};
  if (!topology || !onlyKeys(selector, ['matchLabels', 'matchExpressions'])) return undefined;
  const parts: string[] = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const r of selector.matchExpressions ?? []) {
    const values = r.values ?? [];
    if (r.operator === 'In' && values.length) parts.push(`${r.key} in [${values.join(',')}]`);
    else if (r.operator === 'NotIn' && values.length) parts.push(`${r.key} not in [${values.join(',')}]`);
    else if (r.operator === 'Exists' && !values.length) parts.push(`has ${r.key}`);
    else if (r.operator === 'DoesNotExist' && !values.length) parts.push(`not has ${r.key}`);
    else return undefined;
  }
  if (parts.length === 0) return undefined;
  const rule = kind === 'podAffinity' ? (soft ? 'PREFER' : 'REQUIRE') : soft ? 'REPEL' : 'AVOID';
  const text = `${rule} pods(${parts.join(',')}) on ${topology}${soft ? ` weight=${preferred[0].weight}` : ''}`;
  // Only claim a rule that reads back as the same affinity (e.g. label values KARL cannot write).
  const back = parseKarl(text);
  return back.affinity && canonicalJson(back.affinity) === canonicalJson(affinity) ? text : undefined;
};

/** JSON with every object's keys sorted (arrays keep their order), to compare two objects. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
