/**
 * A small reader for a zip file's central directory: the list of entries with their declared sizes,
 * read without unpacking anything. Used to refuse zip bombs (huge declared sizes, thousands of
 * entries) before a .docx goes anywhere near an unzipper, and to tell a .docx from other zip files.
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local file header. */
  localHeaderOffset: number;
  /** General purpose flags; bit 0 = encrypted. */
  flags: number;
}

export interface ZipDirectory {
  /** Entry count as declared by the end-of-central-directory record. */
  declaredEntries: number;
  entries: ZipEntry[];
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

export class ZipTooManyEntriesError extends Error {
  override readonly name = 'ZipTooManyEntriesError';
  constructor(readonly entries: number) {
    super(`zip has ${entries} entries`);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_MIN_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_MIN_SIZE; i >= lowest; i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  throw new ZipFormatError('no end of central directory record');
}

function readUint64(dv: DataView, at: number): number {
  const value = dv.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  return Number(value);
}

/**
 * Reads the central directory. Throws ZipTooManyEntriesError as soon as the declared or actual
 * entry count passes `maxEntries`, and ZipFormatError when the structure is broken.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  if (bytes.length < EOCD_MIN_SIZE) throw new ZipFormatError('too short to be a zip file');
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  let declaredEntries = dv.getUint16(eocd + 10, true);
  let directorySize = dv.getUint32(eocd + 12, true);
  let directoryOffset = dv.getUint32(eocd + 16, true);

  const zip64 = declaredEntries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff;
  if (zip64 && eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    const recordOffset = readUint64(dv, eocd - 20 + 8);
    if (recordOffset + 56 > bytes.length || dv.getUint32(recordOffset, true) !== ZIP64_EOCD_SIGNATURE) {
      throw new ZipFormatError('broken zip64 end of central directory');
    }
    declaredEntries = readUint64(dv, recordOffset + 32);
    directorySize = readUint64(dv, recordOffset + 40);
    directoryOffset = readUint64(dv, recordOffset + 48);
  }
  if (declaredEntries > maxEntries) throw new ZipTooManyEntriesError(declaredEntries);
  if (directoryOffset + directorySize > bytes.length)
    throw new ZipFormatError('central directory out of range');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let pos = directoryOffset;
  const end = directoryOffset + directorySize;
  while (pos + 46 <= end && dv.getUint32(pos, true) === CENTRAL_HEADER_SIGNATURE) {
    if (entries.length >= maxEntries) throw new ZipTooManyEntriesError(entries.length + 1);
    const flags = dv.getUint16(pos + 8, true);
    const method = dv.getUint16(pos + 10, true);
    let compressedSize = dv.getUint32(pos + 20, true);
    let uncompressedSize = dv.getUint32(pos + 24, true);
    const nameLength = dv.getUint16(pos + 28, true);
    const extraLength = dv.getUint16(pos + 30, true);
    const commentLength = dv.getUint16(pos + 32, true);
    let localHeaderOffset = dv.getUint32(pos + 42, true);
    const nameStart = pos + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw new ZipFormatError('central directory entry out of range');
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));

    // zip64 extended information: the 64-bit values appear in this order, only for fields set to 0xffffffff.
    if (
      uncompressedSize === 0xffffffff ||
      compressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      let e = extraStart;
      while (e + 4 <= extraStart + extraLength) {
        const id = dv.getUint16(e, true);
        const size = dv.getUint16(e + 2, true);
        if (id === 0x0001) {
          let f = e + 4;
          if (uncompressedSize === 0xffffffff && f + 8 <= e + 4 + size) {
            uncompressedSize = readUint64(dv, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff && f + 8 <= e + 4 + size) {
            compressedSize = readUint64(dv, f);
            f += 8;
          }
          if (localHeaderOffset === 0xffffffff && f + 8 <= e + 4 + size)
            localHeaderOffset = readUint64(dv, f);
          break;
        }
        e += 4 + size;
      }
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, flags });
    pos = next;
  }
  if (entries.length === 0 && declaredEntries > 0)
    throw new ZipFormatError('central directory has no entries');
  return { declaredEntries, entries };
}

/**
 * Where an entry's compressed data starts: after its local header, whose name and extra field
 * lengths may differ from the central directory's.
 */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== 0x04034b50) {
    throw new ZipFormatError(`local header of ${entry.name} missing`);
  }
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length)
    throw new ZipFormatError(`data of ${entry.name} out of range`);
  return start;
}
