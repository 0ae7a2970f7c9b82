/** A file type accepted as evidence, recognised from its bytes (never from the name or the client's type). */
export interface EvidenceFileType {
  mediaType: string;
  extension: string;
  label: string;
}

const PDF: EvidenceFileType = { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF' };
const DOCX: EvidenceFileType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  label: 'Word document',
};
const XLSX: EvidenceFileType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  label: 'Excel workbook',
};
const PNG: EvidenceFileType = { mediaType: 'image/png', extension: 'png', label: 'PNG image' };
const JPEG: EvidenceFileType = { mediaType: 'image/jpeg', extension: 'jpg', label: 'JPEG image' };
const TEXT: EvidenceFileType = {
  mediaType: 'text/plain; charset=utf-8',
  extension: 'txt',
  label: 'text file',
};

export const ACCEPTED_EVIDENCE_TYPES = 'PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or plain text';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

function zipHolds(bytes: Uint8Array, entryPrefix: string): boolean {
  // The names of a ZIP's entries are stored as plain bytes in its headers: look for the part we need.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return text.includes(entryPrefix);
}

function looksLikeUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (sample.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      sample.length < bytes.length ? trimToCharBoundary(sample) : sample,
    );
    // Control characters other than tab, newline, carriage return and form feed mean a binary file.
    return !hasControlCharacters(text);
  } catch {
    return false;
  }
}

function isControl(code: number): boolean {
  // Tab, newline, form feed and carriage return are normal in text; other control characters are not.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}

function trimToCharBoundary(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  // Step back over a multi-byte character cut in half at the end of the sample.
  while (end > 0 && end > bytes.length - 4 && (bytes[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && bytes[end - 1] >= 0xc0) end--;
  return bytes.subarray(0, end);
}

/** The type of an evidence file from its first bytes, or null when it is not a type we accept. */
export function detectEvidenceType(bytes: Uint8Array): EvidenceFileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHolds(bytes, 'word/')) return DOCX;
    if (zipHolds(bytes, 'xl/')) return XLSX;
    return null;
  }
  return looksLikeUtf8Text(bytes) ? TEXT : null;
}

/** A client's file name made safe to show and to put in a Content-Disposition header. */
export function safeFileName(name: string | null | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .split('')
    .map((ch) =>
      isControl(ch.charCodeAt(0)) || ch.charCodeAt(0) === 0x0a || '"<>|:*?\\/\t\r\f'.includes(ch) ? '_' : ch,
    )
    .join('')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || fallback;
}
