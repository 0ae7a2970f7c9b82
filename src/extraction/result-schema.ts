/**
 * The JSON Schema of ExtractionResult v1 (types.ts), the repository's own copy of the contract
 * (../shared/contracts/extraction-result.schema.json where that folder exists). Tests validate the
 * engine's output against it; `npm run bench:contract` checks it still contains the shared contract
 * (it may add, never remove or narrow). Change it together with types.ts.
 */
import schema from './extraction-result.schema.json';

export const EXTRACTION_RESULT_SCHEMA: Readonly<Record<string, unknown>> = schema;
