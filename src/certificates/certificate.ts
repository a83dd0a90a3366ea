/**
 * What a person needs to decide whether to trust a certificate: subject,
 * issuer, validity (read by x509Fields.ts) and the SHA-256 fingerprint of the
 * DER (Web Crypto, in browsers and Node alike).
 */
import { readX509Fields } from './x509Fields';

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

/** The DER bytes of one PEM block; throws when its base64 does not decode. */
export const pemToDer = (block: string): Uint8Array<ArrayBuffer> => {
  const base64 = block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new Error('The certificate is not valid base64.');
  }
  if (binary.length === 0) throw new Error('The certificate is empty.');
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/** Describes every certificate in a PEM text; rejects with an Error saying which one does not parse and why. */
export const describeCertificates = async (pem: string): Promise<CertificateInfo[]> => {
  const blocks = pemBlocks(pem);
  if (blocks.length === 0) throw new Error('No PEM certificate found.');
  return Promise.all(
    blocks.map(async (block, i) => {
      const der = pemToDer(block);
      let fields;
      try {
        fields = readX509Fields(der);
      } catch (e) {
        const where = blocks.length > 1 ? ` (certificate ${i + 1} of ${blocks.length})` : '';
        throw new Error(`Not an X.509 certificate${where}: ${e instanceof Error ? e.message : String(e)}.`);
      }
      return {
        ...fields,
        sha256: formatFingerprint(await crypto.subtle.digest('SHA-256', der)),
        selfSigned: fields.subject === fields.issuer,
      };
    }),
  );
};

/** Where the console reaches Forklift's forklift-services through the plugin's proxy. */
export const TLS_CERTIFICATE_PATH = '/api/proxy/plugin/forklift-console-plugin/forklift-services/tls-certificate';

export const tlsCertificateUrl = (endpoint: string): string => `${TLS_CERTIFICATE_PATH}?URL=${encodeURIComponent(endpoint)}`;
