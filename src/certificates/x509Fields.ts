/**
 * The fields of an X.509 certificate (RFC 5280) the provider forms show:
 * subject, issuer and validity, read with our DER reader (der.ts).
 *
 * Names are written the way @peculiar/x509 wrote them before it left the
 * bundle (the unit tests hold both to the same answers): RDNs in certificate
 * order joined by ", ", the attributes of a multi-valued RDN by "+", short
 * names for the usual attribute types and the dotted OID for others, values
 * escaped as in RFC 4514, and a value that is not a string as "#" + the hex of
 * its encoding.
 */
import { DerError, TAG, children, decodeOid, decodeString, decodeTime, encoding, expectUniversal, readElement, toHex, type DerElement } from './der';

export interface X509Fields {
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
}

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
  '2.5.4.42': 'G',
  '2.5.4.43': 'I',
  '2.5.4.4': 'SN',
  '2.5.4.12': 'T',
};

/** RFC 4514 escaping: the special characters, a leading space or '#', a trailing space, and control characters as \XX. */
export const escapeNameValue = (value: string): string =>
  value
    .replace(/[,+"\\<>;]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ')
    .replace(/[\r\n\t]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

const attributeText = (atv: DerElement): string => {
  const [type, value, extra] = children(expectUniversal(atv, TAG.SEQUENCE, 'a name attribute'));
  if (!value || extra) throw new DerError(`a name attribute at byte ${atv.start} does not have exactly a type and a value`);
  const oid = decodeOid(expectUniversal(type, TAG.OID, 'a name attribute type'));
  const text = decodeString(value);
  return `${SHORT_NAMES[oid] ?? oid}=${text === undefined ? `#${toHex(encoding(value)).toLowerCase()}` : escapeNameValue(text)}`;
};

/** A Name (SEQUENCE OF RDN, each a SET OF attribute) as one line of text. */
export const formatName = (name: DerElement | undefined, what = 'a name'): string =>
  children(expectUniversal(name, TAG.SEQUENCE, what))
    .map((rdn) => children(expectUniversal(rdn, TAG.SET, 'a relative distinguished name')).map(attributeText).join('+'))
    .join(', ');

/** Reads subject, issuer and validity from the DER of one certificate; throws a DerError saying what is wrong. */
export const readX509Fields = (der: Uint8Array): X509Fields => {
  const certificate = expectUniversal(readElement(der), TAG.SEQUENCE, 'the certificate');
  if (certificate.end !== der.length) throw new DerError(`${der.length - certificate.end} bytes follow the certificate`);
  const [tbs, algorithm, signature] = children(certificate);
  const fields = children(expectUniversal(tbs, TAG.SEQUENCE, 'the certificate body'));
  expectUniversal(algorithm, TAG.SEQUENCE, 'the signature algorithm');
  expectUniversal(signature, TAG.BIT_STRING, 'the signature');
  // version is [0] EXPLICIT and absent for v1 certificates.
  const rest = fields[0]?.tagClass === 'context' && fields[0].tag === 0 ? fields.slice(1) : fields;
  const [serial, signatureAlgorithm, issuer, validity, subject] = rest;
  expectUniversal(serial, TAG.INTEGER, 'the serial number');
  expectUniversal(signatureAlgorithm, TAG.SEQUENCE, 'the signature algorithm of the body');
  const [notBefore, notAfter] = children(expectUniversal(validity, TAG.SEQUENCE, 'the validity'));
  if (!notBefore || !notAfter) throw new DerError('the validity does not have a start and an end');
  return {
    issuer: formatName(issuer, 'the issuer'),
    subject: formatName(subject, 'the subject'),
    notBefore: decodeTime(notBefore),
    notAfter: decodeTime(notAfter),
  };
};
