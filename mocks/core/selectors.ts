/**
 * Label and field selectors, parsed once per request into a predicate.
 * Grammar as in k8s.io/apimachinery/pkg/labels: comma-separated requirements
 * `k`, `!k`, `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`.
 */
import type { K8sObject } from './contract';
import { badRequest } from './status';

export type LabelRequirement =
  | { key: string; op: 'exists' | 'notexists' }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'eq' | 'neq'; value: string };

export type Predicate = (object: K8sObject) => boolean;

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(input: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of input) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const KEY = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;

function checkKey(key: string, selector: string): string {
  if (!KEY.test(key)) throw badRequest(`unable to parse requirement: invalid label key "${key}" in selector "${selector}"`);
  return key;
}

export function parseLabelSelector(selector: string): LabelRequirement[] {
  return splitTopLevel(selector).map((part) => {
    const setMatch = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
    if (setMatch) {
      const values = setMatch[3].split(',').map((v) => v.trim()).filter((v) => v.length > 0);
      return { key: checkKey(setMatch[1], selector), op: setMatch[2] as 'in' | 'notin', values };
    }
    const eqMatch = /^([^!=\s]+)\s*(==|!=|=)\s*(\S*)$/.exec(part);
    if (eqMatch) {
      return { key: checkKey(eqMatch[1], selector), op: eqMatch[2] === '!=' ? 'neq' : 'eq', value: eqMatch[3] };
    }
    if (part.startsWith('!')) return { key: checkKey(part.slice(1).trim(), selector), op: 'notexists' };
    return { key: checkKey(part, selector), op: 'exists' };
  });
}

export function matchesLabels(requirements: LabelRequirement[], labels: Record<string, string> | undefined): boolean {
  const has = (k: string) => labels !== undefined && Object.prototype.hasOwnProperty.call(labels, k);
  return requirements.every((r) => {
    const value = labels?.[r.key];
    switch (r.op) {
      case 'exists':
        return has(r.key);
      case 'notexists':
        return !has(r.key);
      case 'eq':
        return has(r.key) && value === r.value;
      case 'neq':
        return !has(r.key) || value !== r.value;
      case 'in':
        return has(r.key) && r.values.includes(value!);
      case 'notin':
        return !has(r.key) || !r.values.includes(value!);
    }
  });
}

const FIELD_GETTERS: Record<string, (o: K8sObject) => string | undefined> = {
  'metadata.name': (o) => o.metadata.name,
  'metadata.namespace': (o) => o.metadata.namespace ?? '',
};

export function parseFieldSelector(selector: string): Predicate {
  const checks = splitTopLevel(selector).map((part) => {
    const m = /^([^!=\s]+)\s*(==|!=|=)\s*(\S*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
    const getter = FIELD_GETTERS[m[1]];
    if (!getter) throw badRequest(`field label not supported: ${m[1]}`);
    const negate = m[2] === '!=';
    const wanted = m[3];
    return (o: K8sObject) => (getter(o) === wanted) !== negate;
  });
  return (o) => checks.every((check) => check(o));
}

/** One predicate for both selectors of a request; undefined/empty selectors match everything. */
export function selectorPredicate(labelSelector?: string | null, fieldSelector?: string | null): Predicate {
  const labels = labelSelector ? parseLabelSelector(labelSelector) : [];
  const fields = fieldSelector ? parseFieldSelector(fieldSelector) : () => true;
  return (o) => matchesLabels(labels, o.metadata.labels) && fields(o);
}
