import { describe, expect, it } from 'vitest';
import * as x509 from './x509';
import { createSimulatedCluster, SERVICES_PREFIX } from '../cluster';
import { DEMO_OVIRT_CERT, createCertificateService, trustsHost } from './tlsCertificate';

const get = (svc: ReturnType<typeof createCertificateService>, target: string) =>
  svc.handler(new Request(`http://sim/tls-certificate?URL=${encodeURIComponent(target)}`));

describe('simulated forklift-services /tls-certificate', () => {
  it('answers a stable PEM certificate naming the host', async () => {
    const svc = createCertificateService();
    const first = await get(svc, 'https://vc1.example.com/sdk');
    expect(first.status).toBe(200);
    const pem = await first.text();
    expect(await (await get(svc, 'https://VC1.example.com:443/other')).text()).toBe(pem);
    const cert = new x509.X509Certificate(pem);
    expect(cert.subjectName.getField('CN')).toEqual(['vc1.example.com']);
    expect(cert.notAfter.toISOString()).toBe('2036-01-01T00:00:00.000Z');
    expect(await (await get(svc, 'https://vc2.example.com/sdk')).text()).not.toBe(pem);
  });

  it('serves the demo oVirt engine the certificate its seeded provider trusts', async () => {
    expect(await (await get(createCertificateService(), 'https://rhv-manager.example.com/ovirt-engine/api')).text()).toBe(DEMO_OVIRT_CERT);
  });

  it('fails for an unreachable host and a bad URL', async () => {
    const svc = createCertificateService();
    const down = await get(svc, 'https://vcenter.unreachable.example.com/sdk');
    expect(down.status).toBe(502);
    expect(await down.text()).toMatch(/no such host/);
    expect((await get(svc, 'nfs.example.com:/exports')).status).toBe(400);
    expect((await svc.handler(new Request('http://sim/tls-certificate'))).status).toBe(400);
  });

  it('is reachable at the console proxy path of the simulated cluster', async () => {
    const cluster = createSimulatedCluster({ world: false });
    try {
      const res = await cluster.handle(new Request(`http://sim${SERVICES_PREFIX}/tls-certificate?URL=https://esxi.example.com`));
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/^-----BEGIN CERTIFICATE-----/);
    } finally {
      cluster.stop();
    }
  });

  it('judges trust by the subject naming the host', () => {
    expect(trustsHost(DEMO_OVIRT_CERT, 'rhv-manager.example.com')).toBe('trusted');
    expect(trustsHost(DEMO_OVIRT_CERT, 'other.example.com')).toBe('untrusted');
    expect(trustsHost('hello', 'x')).toBe('malformed');
  });
});
