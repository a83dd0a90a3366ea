/**
 * What a person needs to decide whether to trust a certificate: subject,
 * issuer, validity and the SHA-256 fingerprint, read with @peculiar/x509
 * (never parsed by hand). The library is loaded only when a form needs it.
 */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** Upper-case hex pairs joined by ':', as browsers and openssl show it. */
  sha256: string;
  selfSigned: boolean;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The PEM certificate blocks in a text (a chain may hold several). */
export const pemBlocks = (text: string): string[] => text.match(PEM_BLOCK) ?? [];

export const formatFingerprint = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(':');

/** Describes every certificate in a PEM text; throws when one does not parse. */
export const describeCertificates = async (pem: string): Promise<CertificateInfo[]> => {
  const blocks = pemBlocks(pem);
  if (blocks.length === 0) throw new Error('No PEM certificate found.');
  const x509 = await import('./x509');
  return Promise.all(
    blocks.map(async (block) => {
      const cert = new x509.X509Certificate(block);
      return {
        subject: cert.subject,
        issuer: cert.issuer,
        notBefore: cert.notBefore,
        notAfter: cert.notAfter,
        sha256: formatFingerprint(await cert.getThumbprint('SHA-256')),
        selfSigned: cert.subject === cert.issuer,
      };
    }),
  );
};

/** Where the console reaches Forklift's forklift-services through the plugin's proxy. */
export const TLS_CERTIFICATE_PATH = '/api/proxy/plugin/forklift-console-plugin/forklift-services/tls-certificate';

export const tlsCertificateUrl = (endpoint: string): string => `${TLS_CERTIFICATE_PATH}?URL=${encodeURIComponent(endpoint)}`;
