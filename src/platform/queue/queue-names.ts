/** Bull queue names. Job ids are chosen so that adding the same work twice is a no-op. */
export const DOCUMENTS_QUEUE = 'documents';
export const SYSTEM_QUEUE = 'system';

export const INGEST_JOB = 'ingest';
export const SMOKE_JOB = 'smoke';
