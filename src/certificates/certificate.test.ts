import { describe, expect, it } from 'vitest';
import { DEMO_OVIRT_CERT, createCertificateService } from '../../mocks/services/tlsCertificate';
import { describeCertificates, pemBlocks, tlsCertificateUrl } from './certificate';

describe('describeCertificates', () => {
  it('reads subject, issuer, validity and the SHA-256 fingerprint', async () => {
    const [info] = await describeCertificates(DEMO_OVIRT_CERT);
    expect(info.subject).toBe('CN=rhv-manager.example.com, O=Forklift simulated cluster');
    expect(info.issuer).toBe(info.subject);
    expect(info.selfSigned).toBe(true);
    expect(info.notBefore.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(info.notAfter.toISOString()).toBe('2036-01-01T00:00:00.000Z');
    expect(info.sha256).toBe('B4:BC:32:DF:DA:7E:2B:6E:A0:C1:41:2B:92:30:B2:49:24:DB:C1:EC:C8:F8:7E:21:70:A5:22:CE:1B:55:14:F0');
  });

  it('describes each certificate of a chain and refuses garbage', async () => {
    const other = await createCertificateService().certificateFor('vc.example.com');
    expect((await describeCertificates(`${other}${DEMO_OVIRT_CERT}`)).map((c) => c.subject.split(',')[0])).toEqual(['CN=vc.example.com', 'CN=rhv-manager.example.com']);
    await expect(describeCertificates('hello')).rejects.toThrow(/No PEM/);
    await expect(describeCertificates('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).rejects.toThrow();
    expect(pemBlocks('x')).toEqual([]);
  });

  it('asks forklift-services through the plugin proxy with the URL encoded', () => {
    expect(tlsCertificateUrl('https://vc.example.com/sdk?a=b')).toBe(
      '/api/proxy/plugin/forklift-console-plugin/forklift-services/tls-certificate?URL=https%3A%2F%2Fvc.example.com%2Fsdk%3Fa%3Db',
    );
  });
});
