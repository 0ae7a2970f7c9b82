import { HttpException, HttpStatus } from '@nestjs/common';
import { open } from 'node:fs/promises';
import { detectFormat } from '../../extraction/readers/detect-format';
import { DocumentFormat, isReadError } from '../../extraction/readers/read-types';

export interface AcceptedType {
  format: DocumentFormat;
  mediaType: string;
  /** The extension the stored copy gets (from the bytes, never from the client's name). */
  extension: string;
}

const EXTENSIONS: Record<DocumentFormat, string> = { pdf: 'pdf', docx: 'docx', html: 'html', text: 'txt' };

/**
 * What an uploaded file really is, decided from its bytes: PDF, Word .docx, HTML or text. Refuses
 * an empty file (422) and anything else (415), naming the file and saying what to upload instead.
 */
export async function acceptedType(path: string, sizeBytes: number, fileName: string): Promise<AcceptedType> {
  if (sizeBytes === 0) {
    throw new HttpException(
      { message: `"${fileName}" is empty. Choose the file again` },
      HttpStatus.UNPROCESSABLE_ENTITY,
    );
  }
  const bytes = await readAll(path, sizeBytes);
  try {
    const { format, mediaType } = detectFormat(bytes);
    return { format, mediaType, extension: EXTENSIONS[format] };
  } catch (e) {
    if (!isReadError(e)) throw e;
    const status = e.code === 'empty' ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    throw new HttpException({ message: `"${fileName}": ${e.message}` }, status);
  }
}

async function readAll(path: string, sizeBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(sizeBytes);
    let at = 0;
    while (at < sizeBytes) {
      const { bytesRead } = await handle.read(buffer, at, sizeBytes - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buffer.subarray(0, at);
  } finally {
    await handle.close();
  }
}
