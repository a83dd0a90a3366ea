/**
 * A small reader of DER (the binary encoding of X.509 certificates): just
 * enough of ASN.1 to walk a certificate down to the fields the provider forms
 * show. It replaced @peculiar/x509 in the plugin (~50 KB gzipped with its
 * ASN.1 stack, for five fields; see bench/README.md "Bundle and build");
 * @peculiar/x509 stays a dev dependency as the oracle of the unit tests.
 *
 * Every read is bounds-checked: malformed input ends in a DerError saying
 * what was wrong and where, never in a RangeError or a silent wrong value.
 */
export class DerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DerError';
  }
}

/** ASN.1 universal tag numbers this reader knows by name. */
export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  SEQUENCE: 0x10,
  SET: 0x11,
  PRINTABLE_STRING: 0x13,
  TELETEX_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
} as const;

export type TagClass = 'universal' | 'application' | 'context' | 'private';
const CLASSES: readonly TagClass[] = ['universal', 'application', 'context', 'private'];

/** One encoded element (tag, length, contents) inside a byte array, without copying it. */
export interface DerElement {
  tagClass: TagClass;
  constructed: boolean;
  tag: number;
  /** Where the element starts (its identifier octet), where its contents start and where it ends (exclusive). */
  start: number;
  contentStart: number;
  end: number;
  bytes: Uint8Array;
}

/** Reads the element that starts at `offset` and must end by `limit`. */
export const readElement = (bytes: Uint8Array, offset = 0, limit = bytes.length): DerElement => {
  let pos = offset;
  const next = (what: string) => {
    if (pos >= limit) throw new DerError(`truncated ${what} at byte ${pos}`);
    return bytes[pos++];
  };
  const first = next('tag');
  let tag = first & 0x1f;
  if (tag === 0x1f) {
    // High tag number form: base-128 digits, the last without its top bit.
    tag = 0;
    let b: number;
    do {
      b = next('tag');
      tag = tag * 128 + (b & 0x7f);
      if (tag > 0xffffff) throw new DerError(`tag number too large at byte ${offset}`);
    } while (b & 0x80);
  }
  const lengthByte = next('length');
  let length: number;
  if (lengthByte < 0x80) {
    length = lengthByte;
  } else {
    const count = lengthByte & 0x7f;
    if (count === 0) throw new DerError(`indefinite length at byte ${pos - 1} (not allowed in DER)`);
    if (count > 4) throw new DerError(`length of ${count} bytes at byte ${pos - 1} is too large`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + next('length');
  }
  const end = pos + length;
  if (end > limit) throw new DerError(`element at byte ${offset} claims ${length} bytes, only ${limit - pos} left`);
  return { tagClass: CLASSES[first >> 6], constructed: (first & 0x20) !== 0, tag, start: offset, contentStart: pos, end, bytes };
};

/** The elements a constructed element contains, in order. */
export const children = (parent: DerElement): DerElement[] => {
  if (!parent.constructed) throw new DerError(`element at byte ${parent.start} is not constructed`);
  const out: DerElement[] = [];
  for (let pos = parent.contentStart; pos < parent.end; ) {
    const child = readElement(parent.bytes, pos, parent.end);
    out.push(child);
    pos = child.end;
  }
  return out;
};

export const contents = (el: DerElement): Uint8Array => el.bytes.subarray(el.contentStart, el.end);

/** The whole encoding of an element (tag and length included). */
export const encoding = (el: DerElement): Uint8Array => el.bytes.subarray(el.start, el.end);

const TAG_NAMES: Record<number, string> = Object.fromEntries(Object.entries(TAG).map(([name, n]) => [n, name.replace('_', ' ')]));

/** Fails unless the element is the universal `tag` (a SEQUENCE where a SEQUENCE must be). */
export const expectUniversal = (el: DerElement | undefined, tag: number, what: string): DerElement => {
  if (!el) throw new DerError(`${what} is missing`);
  if (el.tagClass !== 'universal' || el.tag !== tag) throw new DerError(`${what} at byte ${el.start} is not a ${TAG_NAMES[tag] ?? `tag ${tag}`}`);
  return el;
};

/** An OBJECT IDENTIFIER in dotted form ("2.5.4.3"). */
export const decodeOid = (el: DerElement): string => {
  const body = contents(el);
  if (body.length === 0) throw new DerError(`empty object identifier at byte ${el.start}`);
  if (body[body.length - 1] & 0x80) throw new DerError(`truncated object identifier at byte ${el.start}`);
  const arcs: bigint[] = [];
  let value = 0n;
  for (const b of body) {
    value = (value << 7n) | BigInt(b & 0x7f);
    if (!(b & 0x80)) {
      arcs.push(value);
      value = 0n;
    }
  }
  // The first sub-identifier packs the first two arcs: 40 * first + second (the first arc is 0, 1 or 2).
  const head = arcs[0];
  const first = head < 40n ? 0n : head < 80n ? 1n : 2n;
  return [first, head - first * 40n, ...arcs.slice(1)].join('.');
};

const latin1 = (b: Uint8Array) => {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
};

const utf16be = (b: Uint8Array) => {
  if (b.length % 2) throw new DerError('a BMPString has an odd number of bytes');
  let s = '';
  for (let i = 0; i < b.length; i += 2) s += String.fromCharCode((b[i] << 8) | b[i + 1]);
  return s;
};

const utf32be = (b: Uint8Array) => {
  if (b.length % 4) throw new DerError('a UniversalString has a length that is not a multiple of 4');
  let s = '';
  for (let i = 0; i < b.length; i += 4) {
    const code = ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    if (code > 0x10ffff) throw new DerError('a UniversalString holds a character beyond Unicode');
    s += String.fromCodePoint(code);
  }
  return s;
};

/** The text of a string element, or undefined when the element is not one of the directory string types. */
export const decodeString = (el: DerElement): string | undefined => {
  if (el.tagClass !== 'universal' || el.constructed) return undefined;
  const body = contents(el);
  switch (el.tag) {
    case TAG.UTF8_STRING:
      return new TextDecoder('utf-8').decode(body);
    // PrintableString and IA5String are ASCII; TeletexString is read byte per character, as browsers do.
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.TELETEX_STRING:
      return latin1(body);
    case TAG.BMP_STRING:
      return utf16be(body);
    case TAG.UNIVERSAL_STRING:
      return utf32be(body);
    default:
      return undefined;
  }
};

const TIME_FORMS = {
  // YYMMDDHHMMSSZ (RFC 5280 requires the seconds and the Z).
  [TAG.UTC_TIME]: /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/,
  // YYYYMMDDHHMMSS[.fraction]Z
  [TAG.GENERALIZED_TIME]: /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d+))?Z$/,
} as const;

/** A UTCTime or GeneralizedTime as a Date (UTCTime years 50-99 are 19xx, 00-49 are 20xx). */
export const decodeTime = (el: DerElement): Date => {
  const form = el.tagClass === 'universal' ? TIME_FORMS[el.tag as keyof typeof TIME_FORMS] : undefined;
  if (!form) throw new DerError(`time at byte ${el.start} is neither a UTCTime nor a GeneralizedTime`);
  const text = latin1(contents(el));
  const m = form.exec(text);
  if (!m) throw new DerError(`time "${text}" at byte ${el.start} is not in the DER form`);
  let year = Number(m[1]);
  if (el.tag === TAG.UTC_TIME) year += year < 50 ? 2000 : 1900;
  const [month, day, hour, minute, second] = m.slice(2, 7).map(Number);
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // Date.UTC rolls 31 February over to March: a field out of range is an error, not another day.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new DerError(`time "${text}" at byte ${el.start} is not a valid date`);
  }
  if (year < 100) date.setUTCFullYear(year);
  return date;
};

/** Upper-case hex of bytes, without separators. */
export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
