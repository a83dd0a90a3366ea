import { describe, expect, it } from 'vitest';
import type { K8sObject } from './contract';
import { matchesLabels, parseLabelSelector, selectorPredicate } from './selectors';
import { StatusError } from './status';

const obj = (name: string, namespace: string, labels?: Record<string, string>): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace, labels },
});

const labels = { app: 'web', tier: 'front', 'example.com/team': 'a' };

describe('label selectors', () => {
  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app=db', false],
    ['app!=db', true],
    ['missing!=x', true],
    ['app in (db, web)', true],
    ['app in (db)', false],
    ['app notin (db)', true],
    ['app notin (web,db)', false],
    ['missing notin (x)', true],
    ['tier', true],
    ['missing', false],
    ['!missing', true],
    ['!tier', false],
    ['example.com/team=a', true],
    ['app=web,tier=front', true],
    ['app=web, tier in (back)', false],
    ['', true],
  ])('%s → %s', (selector, expected) => {
    expect(matchesLabels(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('treats absent labels as no labels', () => {
    expect(matchesLabels(parseLabelSelector('!app'), undefined)).toBe(true);
    expect(matchesLabels(parseLabelSelector('app'), undefined)).toBe(false);
  });

  it('rejects malformed keys with 400', () => {
    expect(() => parseLabelSelector('a b c')).toThrow(StatusError);
  });
});

describe('field selectors', () => {
  const a = obj('a', 'ns1');
  const b = obj('b', 'ns2');
  it('selects by metadata.name and metadata.namespace', () => {
    expect(selectorPredicate(undefined, 'metadata.name=a')(a)).toBe(true);
    expect(selectorPredicate(undefined, 'metadata.name=a')(b)).toBe(false);
    expect(selectorPredicate(undefined, 'metadata.namespace!=ns1')(b)).toBe(true);
    expect(selectorPredicate(undefined, 'metadata.namespace==ns1,metadata.name=b')(b)).toBe(false);
  });
  it('combines with label selectors', () => {
    const c = obj('c', 'ns1', { app: 'web' });
    expect(selectorPredicate('app=web', 'metadata.name=c')(c)).toBe(true);
    expect(selectorPredicate('app=db', 'metadata.name=c')(c)).toBe(false);
  });
  it('rejects unsupported fields with 400', () => {
    try {
      selectorPredicate(undefined, 'spec.type=vsphere');
      throw new Error('no error');
    } catch (error) {
      expect((error as StatusError).status).toMatchObject({ code: 400, message: 'field label not supported: spec.type' });
    }
  });
});
