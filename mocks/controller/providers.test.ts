import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../core/contract';
import { createInventory } from '../inventory/index';
import { createManualClock } from './clock';
import { startController } from './index';
import { R, provider, secret, testStore } from './testing/world';
import { DEMO_OVIRT_CERT, createCertificateService } from '../services/tlsCertificate';

function setup() {
  const store = testStore();
  const clock = createManualClock();
  const stop = startController(store, clock, createInventory(store, { seed: 1, vmsPerProvider: 5 }));
  const status = (name: string) => store.get(R.providers, 'openshift-mtv', name)!.status as { phase: string; observedGeneration: number; conditions: { type: string; status: string; category: string; reason: string; message: string; lastTransitionTime: string }[] };
  const types = (name: string) => status(name).conditions.filter((c) => c.status === 'True').map((c) => c.type);
  return { store, clock, stop, status, types };
}

describe('provider reconciler', () => {
  it('takes a good vSphere provider from Staging to Ready in simulated seconds', () => {
    const { store, clock, status, types } = setup();
    store.create(R.secrets, secret('vc', { user: 'administrator@vsphere.local', password: 'secret' }));
    store.create(R.providers, provider('vc', 'vsphere', 'https://vcenter.example.com/sdk', 'vc'));
    clock.advance(0);
    expect(status('vc').phase).toBe('Staging');
    expect(types('vc')).toEqual(['Validated']);
    clock.advance(2_500);
    expect(types('vc')).toContain('ConnectionTestSucceeded');
    expect(status('vc').phase).toBe('Staging');
    clock.advance(5_000);
    expect(status('vc').phase).toBe('Ready');
    expect(types('vc')).toEqual(expect.arrayContaining(['ConnectionTestSucceeded', 'InventoryCreated', 'Validated', 'Ready']));
    expect(status('vc').observedGeneration).toBe(1);
    const ready = status('vc').conditions.find((c) => c.type === 'Ready')!;
    expect(ready).toMatchObject({ category: 'Required', reason: 'Ready' });
    expect(Date.parse(ready.lastTransitionTime)).toBe(clock.now() - 2_500);
  });

  it('trusts the certificate the endpoint presents, and ignores a wrong CA when TLS is not verified', async () => {
    const { store, clock, status } = setup();
    const pem = await createCertificateService().certificateFor('vc-trusted.example.com');
    store.create(R.secrets, secret('s1', { user: 'u', password: 'p', 'ca.crt': pem }));
    store.create(R.providers, provider('p1', 'vsphere', 'https://vc-trusted.example.com/sdk', 's1'));
    store.create(R.secrets, secret('s2', { user: 'u', password: 'p', 'ca.crt': DEMO_OVIRT_CERT, insecureSkipVerify: 'true' }));
    store.create(R.providers, provider('p2', 'vsphere', 'https://vc-other.example.com/sdk', 's2'));
    store.create(R.secrets, secret('s3', { user: 'admin', password: 'p', 'ca.crt': DEMO_OVIRT_CERT }));
    store.create(R.providers, provider('p3', 'ovirt', 'https://rhv-manager.example.com/ovirt-engine/api', 's3'));
    clock.advance(20_000);
    expect([status('p1').phase, status('p2').phase, status('p3').phase]).toEqual(['Ready', 'Ready', 'Ready']);
  });

  it('names the TLS failure for a CA of another host', () => {
    const { store, clock, status } = setup();
    store.create(R.secrets, secret('s', { user: 'u', password: 'p', 'ca.crt': DEMO_OVIRT_CERT }));
    store.create(R.providers, provider('p', 'vsphere', 'https://vc.example.com/sdk', 's'));
    clock.advance(20_000);
    expect(status('p').conditions.find((c) => c.type === 'ConnectionTestFailed')?.message).toMatch(/certificate signed by unknown authority/);
  });

  it('makes the host provider (empty URL, no secret) Ready', () => {
    const { store, clock, status } = setup();
    store.create(R.providers, provider('host', 'openshift', ''));
    clock.advance(10_000);
    expect(status('host').phase).toBe('Ready');
  });

  const bad: [string, () => K8sObject[], string, string][] = [
    ['an unreachable host', () => [secret('s', { user: 'u', password: 'p' }), provider('p', 'vsphere', 'https://unreachable.example.com/sdk', 's')], 'ConnectionFailed', 'ConnectionTestFailed'],
    ['a wrong password', () => [secret('s', { user: 'u', password: 'wrong' }), provider('p', 'vsphere', 'https://vc.example.com/sdk', 's')], 'ConnectionFailed', 'ConnectionAuthFailed'],
    ['a malformed URL', () => [secret('s', { user: 'u', password: 'p' }), provider('p', 'vsphere', 'not a url', 's')], 'ValidationFailed', 'UrlNotValid'],
    ['a missing secret', () => [provider('p', 'ovirt', 'https://rhv.example.com/ovirt-engine/api', 'nope')], 'ValidationFailed', 'SecretNotValid'],
    ['a secret lacking keys', () => [secret('s', { user: 'u' }), provider('p', 'openstack', 'https://keystone.example.com:5000/v3', 's')], 'ValidationFailed', 'SecretNotValid'],
    ['a CA that is not the endpoint\'s', () => [secret('s', { user: 'u', password: 'p', 'ca.crt': DEMO_OVIRT_CERT }), provider('p', 'ovirt', 'https://rhv-other.example.com/ovirt-engine/api', 's')], 'ConnectionFailed', 'ConnectionTestFailed'],
    ['a CA that is not a certificate', () => [secret('s', { user: 'u', password: 'p', 'ca.crt': '-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----' }), provider('p', 'vsphere', 'https://vc.example.com/sdk', 's')], 'ConnectionFailed', 'ConnectionTestFailed'],
    ['an oVirt secret without a CA and not insecure', () => [secret('s', { user: 'u', password: 'p' }), provider('p', 'ovirt', 'https://rhv.example.com/ovirt-engine/api', 's')], 'ValidationFailed', 'SecretNotValid'],
  ];
  it.each(bad)('fails for %s', (_label, objects, phase, conditionType) => {
    const { store, clock, status, types } = setup();
    for (const o of objects()) store.create(o.kind === 'Secret' ? R.secrets : R.providers, o);
    clock.advance(20_000);
    expect(status('p').phase).toBe(phase);
    expect(types('p')).toContain(conditionType);
    expect(types('p')).not.toContain('Ready');
    expect(status('p').conditions.find((c) => c.type === conditionType)!.category).toBe('Critical');
  });

  it('re-validates when the secret is fixed', () => {
    const { store, clock, status } = setup();
    store.create(R.secrets, secret('s', { user: 'u', password: 'wrong' }));
    store.create(R.providers, provider('p', 'vsphere', 'https://vc.example.com/sdk', 's'));
    clock.advance(20_000);
    expect(status('p').phase).toBe('ConnectionFailed');
    const s = store.get(R.secrets, 'openshift-mtv', 's')!;
    store.update(R.secrets, { ...s, data: { user: btoa('u'), password: btoa('right') }, stringData: undefined });
    clock.advance(20_000);
    expect(status('p').phase).toBe('Ready');
  });

  it('stops writing once stopped', () => {
    const { store, clock, stop } = setup();
    store.create(R.providers, provider('host', 'openshift', ''));
    stop();
    clock.advance(20_000);
    expect(store.get(R.providers, 'openshift-mtv', 'host')!.status).toBeUndefined();
  });
});
