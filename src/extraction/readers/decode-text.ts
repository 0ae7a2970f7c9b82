/**
 * Bytes of a text file to a string: UTF-8 (with or without a byte-order mark), UTF-16 with a BOM (or
 * without one when the zero bytes give it away), and Windows-1252 for old files that are not valid
 * UTF-8 (a `£` saved by an old editor). Line endings become `\n`.
 */
import { WINDOWS_1252 } from './html-entities';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function sniffTextEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Text in UTF-16 without a BOM has a zero in nearly every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Windows-1252 by hand: Node's decoder treats it as Latin-1 and loses curly quotes and dashes. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0)] ?? c);
}

function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length & ~1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/** Decode and normalise line endings. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { encoding, bomLength } = sniffTextEncoding(bytes);
  const body = bytes.subarray(bomLength);
  let text: string;
  let used: TextEncoding = encoding;
  if (encoding === 'utf-16le') text = new TextDecoder('utf-16le').decode(body);
  else if (encoding === 'utf-16be') text = decodeUtf16be(body);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = decodeWindows1252(body);
      used = 'windows-1252';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: normaliseLineEndings(text), encoding: used };
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\f\v\u2028\u2029]/g, '\n');
}

/**
 * Does this look like binary data rather than text? Counts control characters other than tab,
 * newline, carriage return and form feed in a decoded prefix.
 */
export function looksBinary(decodedPrefix: string): boolean {
  if (decodedPrefix.length === 0) return false;
  let control = 0;
  for (let i = 0; i < decodedPrefix.length; i++) {
    const c = decodedPrefix.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control > 0 && control / decodedPrefix.length > 0.02;
}
