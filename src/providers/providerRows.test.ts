import { describe, expect, it } from 'vitest';
import type { V1beta1Provider } from '../k8s/types';
import { filterProviderRows, providerStatus, sortProviderRows, toProviderRows } from './providerRows';

const provider = (name: string, extra: Partial<V1beta1Provider> = {}): V1beta1Provider => ({
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Provider',
  metadata: { name, namespace: 'openshift-mtv', uid: `uid-${name}` },
  spec: { type: 'vsphere', url: `https://${name}.example.com/sdk` },
  ...extra,
});

describe('providerStatus', () => {
  it('is Staging before the controller has written any status', () => {
    expect(providerStatus(provider('a'))).toEqual({ phase: 'Staging' });
  });
  it('reads the phase and the blocking condition message', () => {
    const p = provider('a', {
      status: {
        phase: 'ConnectionFailed',
        conditions: [
          { type: 'ConnectionTestFailed', status: 'True', category: 'Critical', message: 'dial tcp: no route to host' },
        ],
      },
    });
    expect(providerStatus(p)).toEqual({ phase: 'ConnectionFailed', message: 'dial tcp: no route to host' });
  });
  it('falls back to the Ready condition when the phase is missing', () => {
    const p = provider('a', { status: { conditions: [{ type: 'Ready', status: 'True', category: 'Required' }] } });
    expect(providerStatus(p).phase).toBe('Ready');
  });
});

describe('toProviderRows', () => {
  it('joins inventory counts by uid and names storage per provider type', () => {
    const rows = toProviderRows(
      [provider('vc'), provider('host', { spec: { type: 'openshift', url: '' } })],
      {
        vsphere: [{ uid: 'uid-vc', name: 'vc', namespace: 'openshift-mtv', type: 'vsphere', vmCount: 12, networkCount: 3, datastoreCount: 4, hostCount: 2 }],
        openshift: [{ uid: 'uid-host', name: 'host', namespace: 'openshift-mtv', type: 'openshift', vmCount: 1, storageClassCount: 3 }],
      },
    );
    expect(rows[0].counts).toEqual({ vms: 12, networks: 3, storage: 4, hosts: 2 });
    expect(rows[1].isHost).toBe(true);
    expect(rows[1].counts?.storage).toBe(3);
  });
  it('leaves counts undefined for a provider the inventory does not know yet', () => {
    expect(toProviderRows([provider('new')], {})[0].counts).toBeUndefined();
  });
});

describe('sort and filter', () => {
  const rows = toProviderRows([provider('b'), provider('a'), provider('c', { spec: { type: 'ovirt', url: 'https://rhv/ovirt-engine/api' } })], {
    vsphere: [
      { uid: 'uid-a', name: 'a', namespace: 'x', type: 'vsphere', vmCount: 5 },
      { uid: 'uid-b', name: 'b', namespace: 'x', type: 'vsphere', vmCount: 50 },
    ],
  });
  it('sorts numbers numerically and unknown counts first ascending', () => {
    expect(sortProviderRows(rows, 'vms', 'desc').map((r) => r.name)).toEqual(['b', 'a', 'c']);
    expect(sortProviderRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['a', 'b', 'c']);
  });
  it('filters by text (name or URL) and by type', () => {
    expect(filterProviderRows(rows, { text: 'RHV', types: [] }).map((r) => r.name)).toEqual(['c']);
    expect(filterProviderRows(rows, { text: '', types: ['vsphere'] }).map((r) => r.name)).toEqual(['b', 'a']);
  });
});
