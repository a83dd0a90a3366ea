/**
 * The certificate reader against @peculiar/x509 (the library it replaced in the
 * bundle, kept as a dev dependency for this): both must give the same subject,
 * issuer, validity and SHA-256 fingerprint for real certificates, and the
 * reader must turn malformed input into an Error that says why.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_OVIRT_CERT } from '../../mocks/services/tlsCertificate';
import * as x509 from '../../mocks/services/x509';
import { describeCertificates, formatFingerprint, pemToDer } from './certificate';
import { EC_MULTI_RDN, EC_UTF8, RSA_CA, RSA_LEAF_V1 } from './certificateFixtures';
import { escapeNameValue, readX509Fields } from './x509Fields';

x509.cryptoProvider.set(globalThis.crypto);

const oracle = async (pem: string) => {
  const cert = new x509.X509Certificate(pem);
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    sha256: formatFingerprint(await cert.getThumbprint('SHA-256')),
    selfSigned: cert.subject === cert.issuer,
  };
};

const toPem = (der: Uint8Array) => {
  const base64 = btoa(String.fromCharCode(...der));
  return `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----`;
};

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

/** A self-signed certificate made by the oracle library, with a name given as its JSON form (which picks each value's string type). */
const generated = async (name: x509.JsonNameParams, notBefore: Date, notAfter: Date): Promise<string> => {
  const keys = (await crypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({ serialNumber: '01', name: new x509.Name(name), notBefore, notAfter, signingAlgorithm: ALG, keys });
  return cert.toString('pem');
};

describe('readX509Fields against @peculiar/x509', () => {
  it.each([
    ['RSA CA, UTF8String names, emailAddress, an escaped comma', RSA_CA, 'C=US, ST=North Carolina, L=Raleigh, O=Example\\, Inc., OU=Virtualization, CN=vcenter.example.com, E=admin@example.com'],
    ['EC P-384, non-ASCII UTF8String, DC, GeneralizedTime', EC_UTF8, 'C=DE, L=München, O=Grüne Wolke GmbH, CN=ovirt.müller.example, DC=example, DC=com'],
    ['EC P-256, multi-valued RDN, attributes without a short name', EC_MULTI_RDN, undefined],
    ['v1 certificate issued by another', RSA_LEAF_V1, 'CN=esxi-01.lab.example.com, O=Lab'],
    ['PrintableString names (the demo oVirt engine)', DEMO_OVIRT_CERT, 'CN=rhv-manager.example.com, O=Forklift simulated cluster'],
  ])('%s', async (_what, pem, subject) => {
    const [ours] = await describeCertificates(pem);
    expect(ours).toEqual(await oracle(pem));
    if (subject) expect(ours.subject).toBe(subject);
  });

  it('shows multi-valued RDNs joined by "+" in their encoded order (DER sorts a SET), and OIDs for unnamed types', async () => {
    const [ours] = await describeCertificates(EC_MULTI_RDN);
    expect(ours.subject).toBe('OU=QE+O=Forklift+CN=host\\+plus #1, 2.5.4.5=12345, T=Lab, G=Ada, SN=Lovelace, I=AL');
    expect(ours.notAfter.toISOString()).toBe('2126-11-07T05:25:05.000Z');
  });

  it('reads a chain: the leaf names the CA as its issuer', async () => {
    const [leaf, ca] = await describeCertificates(`${RSA_LEAF_V1}\n${RSA_CA}`);
    expect(leaf.issuer).toBe(ca.subject);
    expect(leaf.selfSigned).toBe(false);
    expect(ca.selfSigned).toBe(true);
  });

  it('agrees on every string type, escapes, non-string values and both time encodings', async () => {
    const cases: [x509.JsonNameParams, Date, Date][] = [
      [
        [
          { CN: [{ printableString: 'printable (A-Z) 0-9' }] },
          { O: [{ utf8String: 'Ünïcødé 東京 🚀' }] },
          { OU: [{ bmpString: 'BMP ČŘ' }] },
          { L: [{ universalString: 'Universal 𝄞' }] },
          { E: [{ ia5String: 'ops@example.com' }] },
        ],
        new Date('1970-01-01T00:00:00Z'),
        new Date('2049-12-31T23:59:59Z'),
      ],
      [
        [{ CN: ['#lead', ' space', 'trail ', 'a"b\\c<d>e;f', 'x,y+z'].map((utf8String) => ({ utf8String })) }, { O: ['tab\there'] }],
        new Date('1999-06-30T12:00:00Z'),
        new Date('2050-01-01T00:00:00Z'),
      ],
      // A value that is not a string (an INTEGER and a BOOLEAN): shown as '#' and the hex of its encoding.
      [[{ CN: ['with numbers'] }, { '2.5.4.5': ['#020105'] }, { '1.2.3.4.5': ['#0101ff'] }], new Date('2026-01-01T00:00:00Z'), new Date('9999-12-31T23:59:59Z')],
    ];
    for (const [name, from, to] of cases) {
      const pem = await generated(name, from, to);
      const [ours] = await describeCertificates(pem);
      expect(ours).toEqual(await oracle(pem));
      expect(ours.notBefore).toEqual(from);
      expect(ours.notAfter).toEqual(to);
    }
  });

  it('escapes as RFC 4514 says', () => {
    expect(escapeNameValue('#a, b+c "d" \\e <f>; ')).toBe('\\#a\\, b\\+c \\"d\\" \\\\e \\<f\\>\\;\\ ');
    expect(escapeNameValue(' x')).toBe('\\ x');
    expect(escapeNameValue('a\tb\nc')).toBe('a\\09b\\0Ac');
  });
});

describe('malformed certificates', () => {
  const der = pemToDer(RSA_CA);

  const rejection = async (bytes: Uint8Array) => {
    try {
      await describeCertificates(toPem(bytes));
    } catch (e) {
      return e as Error;
    }
    return undefined;
  };

  it('says what is wrong', async () => {
    await expect(describeCertificates('-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----')).rejects.toThrow('The certificate is not valid base64.');
    await expect(describeCertificates('-----BEGIN CERTIFICATE-----\n\n-----END CERTIFICATE-----')).rejects.toThrow('The certificate is empty.');
    await expect(describeCertificates('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).rejects.toThrow(
      'Not an X.509 certificate: the certificate at byte 0 is not a SEQUENCE.',
    );
    expect((await rejection(der.subarray(0, 100)))?.message).toBe('Not an X.509 certificate: element at byte 0 claims 1115 bytes, only 96 left.');
    expect((await rejection(Uint8Array.from([...der, 0])))?.message).toBe('Not an X.509 certificate: 1 bytes follow the certificate.');
    expect((await rejection(Uint8Array.from([0x30, 0x80, 0, 0])))?.message).toBe('Not an X.509 certificate: indefinite length at byte 1 (not allowed in DER).');
    expect((await rejection(Uint8Array.from([0x30, 0x00])))?.message).toBe('Not an X.509 certificate: the certificate body is missing.');
    await expect(describeCertificates(`${RSA_CA}\n-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----`)).rejects.toThrow(
      'Not an X.509 certificate (certificate 2 of 2): the certificate body is missing.',
    );
  });

  it('refuses a date that does not exist', async () => {
    // The RSA CA's notBefore is a UTCTime "261201..."; make it 31 February.
    const text = new TextDecoder('latin1').decode(der);
    const at = text.indexOf('261201');
    const bad = Uint8Array.from(der);
    bad.set(new TextEncoder().encode('260231'), at);
    expect((await rejection(bad))?.message).toMatch(/^Not an X\.509 certificate: time "260231\d{6}Z" at byte \d+ is not a valid date\.$/);
  });

  it('never lets anything but its own Error escape, whatever the bytes (random truncations and byte changes)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: der.length }), fc.array(fc.tuple(fc.nat(der.length - 1), fc.nat(255)), { maxLength: 4 }), async (cut, changes) => {
        const bytes = Uint8Array.from(der.subarray(0, cut));
        for (const [i, b] of changes) if (i < bytes.length) bytes[i] = b;
        if (bytes.length === 0) return;
        const error = await rejection(bytes);
        if (error) {
          expect(error.constructor).toBe(Error);
          expect(error.message).toMatch(/^Not an X\.509 certificate: .+\.$/);
        } else {
          // It parsed: the fields come from the (possibly changed) bytes, read the way readX509Fields reads them.
          expect(readX509Fields(bytes).subject.length).toBeGreaterThan(0);
        }
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});
