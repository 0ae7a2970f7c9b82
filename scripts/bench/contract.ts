/**
 * Checks the repository's ExtractionResult JSON Schema (src/extraction/extraction-result.schema.json,
 * the copy the tests validate against) against the shared contract,
 * ../shared/contracts/extraction-result.schema.json, when that folder exists beside the repository.
 *
 * The contract may grow, never shrink: the repository's schema must hold everything the shared one
 * says, word for word, and may only add (new properties, new required fields, new keywords such as
 * descriptions). A removed or changed property, type, enum value, pattern or bound is reported and the
 * command exits 1. Without ../shared it says so and exits 0: a lone clone has nothing to compare with.
 *
 *   npm run --silent bench:contract [-- SHARED_SCHEMA_PATH]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { EXTRACTION_RESULT_SCHEMA } from '../../src/extraction/result-schema';

const ROOT = join(__dirname, '..', '..');
const SHARED = process.argv[2] ?? join(ROOT, '..', 'shared', 'contracts', 'extraction-result.schema.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Comparison {
  problems: string[];
  additions: string[];
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keywords whose arrays are sets; for `required` the repository may list more names than the contract. */
const SET_KEYWORDS: Record<string, 'superset' | 'same'> = {
  required: 'superset',
  enum: 'same',
  type: 'same',
};

/** Everything in `contract` must be in `ours` unchanged; what `ours` has beyond it is listed as an addition. */
export function compareSchemas(
  contract: Json,
  ours: Json | undefined,
  path = '#',
  out?: Comparison,
): Comparison {
  const result = out ?? { problems: [], additions: [] };
  if (ours === undefined) {
    result.problems.push(`${path}: removed`);
    return result;
  }
  if (isObject(contract)) {
    if (!isObject(ours)) {
      result.problems.push(`${path}: was an object, is now ${JSON.stringify(ours)}`);
      return result;
    }
    for (const [key, value] of Object.entries(contract)) {
      const mode = SET_KEYWORDS[key];
      if (mode && Array.isArray(value) && Array.isArray(ours[key])) {
        const theirs = new Set(value.map((v) => JSON.stringify(v)));
        const mine = new Set((ours[key] as Json[]).map((v) => JSON.stringify(v)));
        for (const v of theirs) if (!mine.has(v)) result.problems.push(`${path}/${key}: ${v} removed`);
        for (const v of mine) {
          if (theirs.has(v)) continue;
          if (mode === 'superset') result.additions.push(`${path}/${key}: ${v}`);
          else result.problems.push(`${path}/${key}: ${v} added (readers of the contract do not expect it)`);
        }
      } else {
        compareSchemas(value, ours[key], `${path}/${key}`, result);
      }
    }
    for (const key of Object.keys(ours)) if (!(key in contract)) result.additions.push(`${path}/${key}`);
    return result;
  }
  if (Array.isArray(contract)) {
    if (!Array.isArray(ours) || ours.length !== contract.length) {
      result.problems.push(`${path}: was ${JSON.stringify(contract)}, is now ${JSON.stringify(ours)}`);
      return result;
    }
    contract.forEach((item, i) => compareSchemas(item, ours[i], `${path}/${i}`, result));
    return result;
  }
  if (contract !== ours)
    result.problems.push(`${path}: was ${JSON.stringify(contract)}, is now ${JSON.stringify(ours)}`);
  return result;
}

function main(): void {
  if (!existsSync(SHARED)) {
    console.log(`contract: ${SHARED} is absent, nothing to compare the repository's schema with (skipped)`);
    return;
  }
  const contract = JSON.parse(readFileSync(SHARED, 'utf8')) as Json;
  const { problems, additions } = compareSchemas(contract, EXTRACTION_RESULT_SCHEMA as Json);
  for (const a of additions) console.log(`contract: added ${a}`);
  if (problems.length > 0) {
    for (const p of problems) console.error(`contract: ${p}`);
    console.error(
      `contract: src/extraction/extraction-result.schema.json no longer holds ${SHARED} (${problems.length} differences)`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(
    `contract: src/extraction/extraction-result.schema.json holds ${SHARED} (${additions.length} additions)`,
  );
}

if (require.main === module) main();
