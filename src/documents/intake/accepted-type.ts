import { open } from 'node:fs/promises';
import { DomainError } from '../../common/errors';
import { detectFormat } from '../../extraction/readers/detect-format';
import { DocumentFormat, isReadError } from '../../extraction/readers/read-types';

export interface AcceptedType {
  format: DocumentFormat;
  mediaType: string;
  /** The extension the stored copy gets (from the bytes, never from the client's name). */
  extension: string;
}

/** The multipart field the files of an upload come in (the API's and the upload page's). */
export const UPLOAD_FIELD = 'files';

/**
 * A file over the upload size limit: 'too_large' (413), about the files field, naming the file when
 * its name is known (a refusal of one file among others), else "A file".
 */
export function fileTooLarge(maxBytes: number, fileName?: string): DomainError {
  const limit = `${Math.round(maxBytes / (1024 * 1024))} MB`;
  return new DomainError(
    `${fileName ? `"${fileName}":` : 'A file is'} larger than the ${limit} limit. Decisions and reports are much smaller: check you chose the right file`,
    'too_large',
    UPLOAD_FIELD,
  );
}

const EXTENSIONS: Record<DocumentFormat, string> = { pdf: 'pdf', docx: 'docx', html: 'html', text: 'txt' };

/**
 * What an uploaded file really is, decided from its bytes: PDF, Word .docx, HTML or text. Refuses
 * an empty file ('unprocessable') and anything else ('unsupported_type'), naming the file and saying
 * what to upload instead; the refusal is about the upload's files field.
 */
export async function acceptedType(path: string, sizeBytes: number, fileName: string): Promise<AcceptedType> {
  if (sizeBytes === 0) {
    throw new DomainError(`"${fileName}" is empty. Choose the file again`, 'unprocessable', UPLOAD_FIELD);
  }
  const bytes = await readAll(path, sizeBytes);
  try {
    const { format, mediaType } = detectFormat(bytes);
    return { format, mediaType, extension: EXTENSIONS[format] };
  } catch (e) {
    if (!isReadError(e)) throw e;
    const code = e.code === 'empty' ? 'unprocessable' : 'unsupported_type';
    throw new DomainError(`"${fileName}": ${e.message}`, code, UPLOAD_FIELD);
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
