/**
 * The simulated `forklift-services` endpoint `GET /tls-certificate?URL=<url>`:
 * answers with the PEM certificate the (simulated) endpoint presents, as
 * Forklift's service does, so the console can show it and ask for trust.
 *
 * Rules of the simulation (shared with the controller's connection test):
 * - every endpoint presents a self-signed certificate whose subject CN is its
 *   host name, generated on first request and then stable for the run (the
 *   demo oVirt engine's certificate is fixed, so the seed can trust it);
 * - a host name containing `unreachable` or `invalid` cannot be reached: 502
 *   with the dial error, as the real service reports a failed TLS dial;
 * - a URL that does not parse, or is not https, is a 400.
 */
import * as x509 from './x509';

// Web Crypto is global in Node 20 and browsers alike.
x509.cryptoProvider.set(globalThis.crypto);

/** The demo oVirt engine's certificate (CN=rhv-manager.example.com), trusted by the seeded provider. */
export const DEMO_OVIRT_HOST = 'rhv-manager.example.com';
export const DEMO_OVIRT_CERT = `-----BEGIN CERTIFICATE-----
MIIBozCCAUmgAwIBAgIBATAKBggqhkjOPQQDAjBHMSAwHgYDVQQDExdyaHYtbWFu
YWdlci5leGFtcGxlLmNvbTEjMCEGA1UEChMaRm9ya2xpZnQgc2ltdWxhdGVkIGNs
dXN0ZXIwHhcNMjYwMTAxMDAwMDAwWhcNMzYwMTAxMDAwMDAwWjBHMSAwHgYDVQQD
ExdyaHYtbWFuYWdlci5leGFtcGxlLmNvbTEjMCEGA1UEChMaRm9ya2xpZnQgc2lt
dWxhdGVkIGNsdXN0ZXIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQyeLy431tT
iFz4DWjyf8PlGVma/Q9nIN0YTno03/1r0zlaCN1Yg+k/G16OliAC9p7rv8Sb2KDT
lJWWFJmR4UVKoyYwJDAiBgNVHREEGzAZghdyaHYtbWFuYWdlci5leGFtcGxlLmNv
bTAKBggqhkjOPQQDAgNIADBFAiBQfS4sBffjcxF1sRmk26+TOYBeV1SU08L8jCoY
KZcM5wIhAJFNfnQMXIOv1uWBrk8L44SW5huyulNSnAdLDixNsbOJ
-----END CERTIFICATE-----
`;

export const isUnreachableHost = (host: string): boolean => /unreachable|invalid/i.test(host);

/** The host a provider URL names (https/http URLs; NFS `host:/path` for OVA has no TLS). */
export const urlHost = (url: string): string | undefined => {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname ? u.hostname : undefined;
  } catch {
    return undefined;
  }
};

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

const serialFor = (host: string): string => {
  let h = 0x811c9dc5;
  for (const c of host) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `01${h.toString(16).padStart(8, '0')}`;
};

export interface CertificateService {
  /** The PEM an endpoint on `host` presents (cached per host). */
  certificateFor(host: string): Promise<string>;
  handler(request: Request): Promise<Response>;
}

const text = (status: number, body: string) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export function createCertificateService(): CertificateService {
  const cache = new Map<string, Promise<string>>([[DEMO_OVIRT_HOST, Promise.resolve(DEMO_OVIRT_CERT)]]);

  const generate = async (host: string): Promise<string> => {
    const keys = (await globalThis.crypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: serialFor(host),
      name: `CN=${host}, O=Forklift simulated cluster`,
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2036-01-01T00:00:00Z'),
      signingAlgorithm: ALG,
      keys,
      extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: host }]), new x509.BasicConstraintsExtension(true, undefined, true)],
    });
    return `${cert.toString('pem')}\n`;
  };

  const certificateFor = (host: string) => {
    const key = host.toLowerCase();
    let pem = cache.get(key);
    if (!pem) {
      pem = generate(key);
      cache.set(key, pem);
    }
    return pem;
  };

  return {
    certificateFor,
    async handler(request) {
      const url = new URL(request.url);
      if (url.pathname !== '/tls-certificate') return text(404, `${url.pathname} not found`);
      if (request.method !== 'GET') return text(405, `${request.method} is not allowed`);
      const target = url.searchParams.get('URL') ?? '';
      if (!target) return text(400, 'The URL query parameter is required.');
      const host = urlHost(target);
      if (!host) return text(400, `"${target}" is not a valid https URL.`);
      if (isUnreachableHost(host)) return text(502, `Failed to get the certificate of ${target}: dial tcp: lookup ${host}: no such host`);
      return text(200, await certificateFor(host));
    },
  };
}

/** True when `pem` holds a certificate the simulated endpoint on `host` would chain to (its subject names the host). */
export const trustsHost = (pem: string, host: string): 'trusted' | 'untrusted' | 'malformed' => {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) return 'malformed';
  let parsed = 0;
  for (const block of blocks) {
    try {
      const cert = new x509.X509Certificate(block);
      parsed++;
      if (cert.subjectName.getField('CN').some((cn) => cn.toLowerCase() === host.toLowerCase())) return 'trusted';
    } catch {
      // not a certificate: counted below
    }
  }
  return parsed === 0 ? 'malformed' : 'untrusted';
};
