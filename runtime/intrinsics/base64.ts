/**
 * Base64 (RFC 4648 standard alphabet, with padding) over bytes, without Buffer so the runtime stays
 * web-standard. Decoding follows MIME rules loosely: line breaks and other whitespace are ignored,
 * padding may be omitted; any other character outside the alphabet is an error.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUES = new Map([...ALPHABET].map((ch, i) => [ch, i] as const));

export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += ALPHABET[b0 >> 2]!;
    out += ALPHABET[((b0 & 0x03) << 4) | ((b1 ?? 0) >> 4)]!;
    out += b1 === undefined ? "=" : ALPHABET[((b1 & 0x0f) << 2) | ((b2 ?? 0) >> 6)]!;
    out += b2 === undefined ? "=" : ALPHABET[b2 & 0x3f]!;
  }
  return out;
}

/** Thrown for text that is not Base64; the message says why. */
export class Base64FormatError extends Error {}

export function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/[\s]/g, "");
  const padding = /=*$/.exec(compact)![0].length;
  const body = compact.slice(0, compact.length - padding);
  if (padding > 2) throw new Base64FormatError("too many '=' padding characters");
  if (body.length % 4 === 1) throw new Base64FormatError("the encoded length is not valid");
  if (padding > 0 && (body.length + padding) % 4 !== 0) {
    throw new Base64FormatError("the '=' padding does not complete a 4-character group");
  }
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (const ch of body) {
    const value = VALUES.get(ch);
    if (value === undefined) throw new Base64FormatError(`illegal character ${JSON.stringify(ch)}`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, n);
}
