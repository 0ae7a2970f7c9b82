export { detectFormat } from './detect-format';
export type { DetectedFormat } from './detect-format';
export { htmlToText } from './html-to-text';
export { pageAt } from './page-text';
export { readDocument } from './read-document';
export { DEFAULT_READ_OPTIONS, isReadError, MEDIA_TYPES, ReadError } from './read-types';
export type { DocumentFormat, ReadDocumentResult, ReadErrorCode, ReadOptions } from './read-types';
export { tooSlowError } from './deadline';
