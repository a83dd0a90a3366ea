/**
 * Copy offload as form fields: what they make of a pair, kept in step with
 * the pair syntax both ways, their checks, and the credentials Secret made in place.
 */
import { describe, expect, it } from 'vitest';
import { formatPairs, parsePairs, resolvePairs } from '../editor/pairSyntax';
import { checkPairs } from '../editor/checks';
import type { MappingPair, MappingSource } from '../editor/types';
import { newSecretProblems, offloadFormOf, offloadFormProblems, offloadFromForm, secretKeysFor, secretsInUse, toOffloadSecret } from './offloadForm';

const sources: MappingSource[] = [{ id: 'ds-1', name: 'SSD' }];

describe('copy offload fields and the pair syntax', () => {
  it('writes the fields into the pair, which the pair syntax shows and reads back the same', () => {
    const offload = offloadFromForm({ vendor: 'ontap', secret: ' ontap-creds ', migrationHosts: 'host-10, host-11' });
    expect(offload).toEqual({ vendor: 'ontap', secret: 'ontap-creds', migrationHosts: ['host-10', 'host-11'] });
    const pairs: MappingPair[] = [{ sourceId: 'ds-1', targetId: 'fast', offload }];
    const text = formatPairs('storage', pairs, sources).text;
    expect(text).toBe('SSD:fast;offloadPlugin=vsphere;offloadVendor=ontap;offloadSecret=ontap-creds;offloadMigrationHosts=host-10+host-11');
    const back = resolvePairs(parsePairs('storage', text, 'mtv').pairs, sources).pairs;
    expect(back).toEqual(pairs);
    // And a pasted offload fills the fields.
    expect(offloadFormOf(back[0].offload)).toEqual({ vendor: 'ontap', secret: 'ontap-creds', migrationHosts: 'host-10, host-11' });
    expect(offloadFormOf(undefined)).toEqual({ vendor: '', secret: '', migrationHosts: '' });
  });

  it('needs a vendor from Forklift\'s list and a Secret name', () => {
    expect(offloadFormProblems({ vendor: '', secret: '', migrationHosts: '' })).toEqual({ vendor: 'required', secret: 'required' });
    expect(offloadFormProblems({ vendor: 'netapp' as never, secret: 'Bad_Name', migrationHosts: '' })).toEqual({ vendor: 'badVendor', secret: 'badName' });
    expect(offloadFormProblems({ vendor: 'powerstore', secret: 'ps.creds', migrationHosts: '' })).toEqual({});
    expect(offloadFromForm({ vendor: 'powerstore', secret: 'ps', migrationHosts: ' ' })).toEqual({ vendor: 'powerstore', secret: 'ps' });
  });

  it('refuses an offload on a source that is not vSphere', () => {
    const pairs: MappingPair[] = [{ sourceId: 'ds-1', targetId: 'fast', offload: { vendor: 'ontap', secret: 'c' } }];
    const input = { kind: 'storage' as const, pairs, sources, targets: [{ id: 'fast', name: 'fast' }] };
    expect(checkPairs(input)).toEqual([]);
    expect(checkPairs({ ...input, offloadAllowed: false })).toEqual([{ code: 'offloadNotVsphere', severity: 'error', pairIndex: 0, sourceId: 'ds-1' }]);
  });
});

describe('the credentials Secret made in place', () => {
  it('asks the keys of the vendor\'s populator', () => {
    const keys = (v: Parameters<typeof secretKeysFor>[0]) => secretKeysFor(v).map((k) => k.key);
    expect(keys('primera3par')).toEqual(['STORAGE_HOSTNAME', 'STORAGE_USERNAME', 'STORAGE_PASSWORD', 'STORAGE_SKIP_SSL_VERIFICATION']);
    expect(keys('ontap')).toContain('ONTAP_SVM');
    expect(keys('powermax')).toEqual(expect.arrayContaining(['POWERMAX_SYMMETRIX_ID', 'POWERMAX_PORT_GROUP_NAME']));
    expect(keys('powerflex')).toContain('POWERFLEX_SYSTEM_ID');
    expect(keys('pureFlashArray')).toEqual(expect.arrayContaining(['STORAGE_TOKEN', 'PURE_CLUSTER_PREFIX']));
    expect(keys('vantara')).toEqual(expect.arrayContaining(['STORAGE_PORT', 'STORAGE_ID', 'HOSTGROUP_ID_LIST', 'COPY_SPEED']));
  });

  it('checks the name and the required keys at their field', () => {
    const taken = new Set(['used']);
    expect(newSecretProblems({ name: '', vendor: 'ontap', values: {} }, taken)).toEqual({
      name: 'required',
      STORAGE_HOSTNAME: 'required',
      STORAGE_USERNAME: 'required',
      STORAGE_PASSWORD: 'required',
      ONTAP_SVM: 'required',
    });
    expect(newSecretProblems({ name: 'used', vendor: 'infinibox', values: { STORAGE_HOSTNAME: 'h', STORAGE_USERNAME: 'u', STORAGE_PASSWORD: 'p' } }, taken)).toEqual({ name: 'taken' });
    expect(newSecretProblems({ name: 'a', vendor: 'vantara', values: { STORAGE_PORT: '99999', COPY_SPEED: 'fast' } }, taken)).toMatchObject({ STORAGE_PORT: 'port', COPY_SPEED: 'choice' });
    // Pure FlashArray: a token instead of a user and password (then both or neither).
    const pure = { STORAGE_HOSTNAME: 'fa', PURE_CLUSTER_PREFIX: 'px_1234abcd', STORAGE_TOKEN: 'tok' };
    expect(newSecretProblems({ name: 'pure', vendor: 'pureFlashArray', values: pure }, taken)).toEqual({});
    expect(newSecretProblems({ name: 'pure', vendor: 'pureFlashArray', values: { ...pure, STORAGE_USERNAME: 'u' } }, taken)).toEqual({ STORAGE_PASSWORD: 'userAndPassword' });
    expect(newSecretProblems({ name: 'pure', vendor: 'pureFlashArray', values: { ...pure, STORAGE_TOKEN: '' } }, taken)).toEqual({ STORAGE_USERNAME: 'required', STORAGE_PASSWORD: 'required' });
  });

  it('writes an Opaque Secret of the non-empty keys, and only the Secrets the pairs still use', () => {
    const secret = { name: ' ontap-creds ', vendor: 'ontap' as const, values: { STORAGE_HOSTNAME: ' ontap.example.com ', STORAGE_USERNAME: 'admin', STORAGE_PASSWORD: 'pw', ONTAP_SVM: 'svm0', STORAGE_SKIP_SSL_VERIFICATION: '' } };
    expect(toOffloadSecret(secret, 'mtv')).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'ontap-creds', namespace: 'mtv' },
      type: 'Opaque',
      stringData: { STORAGE_HOSTNAME: 'ontap.example.com', STORAGE_USERNAME: 'admin', STORAGE_PASSWORD: 'pw', ONTAP_SVM: 'svm0' },
    });
    expect(toOffloadSecret({ ...secret, values: { ...secret.values, STORAGE_SKIP_SSL_VERIFICATION: 'true' } }, 'mtv').stringData.STORAGE_SKIP_SSL_VERIFICATION).toBe('true');
    const other = { ...secret, name: 'unused' };
    expect(secretsInUse([secret, other], [{ offload: { vendor: 'ontap', secret: 'ontap-creds' } }, {}])).toEqual([secret]);
  });
});
