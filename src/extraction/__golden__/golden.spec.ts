/**
 * Golden documents: our own realistic texts (never copied from customer papers) with the full
 * ExtractionResult each must produce, checked by reading. Every result must also validate against
 * the repository's ExtractionResult JSON Schema (src/extraction/extraction-result.schema.json). Regenerate an expected file only after reading what changed:
 *   node -r ts-node/register/transpile-only scripts/dev-eval.ts --write-golden <name>
 */
import Ajv2020 from 'ajv/dist/2020';
import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { extractFromText } from '../extract-text';
import { EXTRACTION_RESULT_SCHEMA } from '../result-schema';
import { ExtractedText, ExtractionResult, ExtractionSource } from '../types';

const DIR = __dirname;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(EXTRACTION_RESULT_SCHEMA);

/** Page breaks in a golden text are form feeds. */
function inputOf(text: string): ExtractedText {
  const starts = [0];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) starts.push(i + 1);
  return { text, pageStarts: starts.length > 1 ? starts : null };
}

function sourceOf(fileName: string, bytes: Buffer, input: ExtractedText): ExtractionSource {
  return {
    fileName,
    mediaType: 'text/plain',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages: input.pageStarts ? input.pageStarts.length : null,
    characters: input.text.length,
  };
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => basename(f, '.txt'))
  .sort();

/**
 * The result without the optional provenance fields `rule` and `why` (and a payment's `span`, `rule`
 * and `why`: payments.spec.ts checks them), and without `confidence`: it
 * comes from the learned scorer (src/extraction/scoring), whose weights move each time it is
 * retrained; scoring/*.spec.ts checks it. Whether a recommendation is `possible` is still compared.
 */
function withoutProvenance(r: ExtractionResult): Omit<ExtractionResult, 'recommendations'> & {
  recommendations: Array<Omit<ExtractionResult['recommendations'][number], 'confidence'>>;
} {
  return {
    ...r,
    recommendations: r.recommendations.map(({ rule: _rule, why: _why, confidence: _confidence, ...rest }) => ({
      ...rest,
      payments: rest.payments.map(({ rule: _r, why: _w, span: _s, ...p }) => p),
    })),
  };
}

describe('golden documents', () => {
  it('has at least fifteen golden documents, each with an expected result', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
    const expected = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));
    expect(expected.map((f) => basename(f, '.expected.json')).sort()).toEqual(names);
  });

  describe.each(names)('%s', (name) => {
    const bytes = readFileSync(join(DIR, `${name}.txt`));
    const input = inputOf(bytes.toString('utf8'));
    const result = extractFromText(input, sourceOf(`${name}.txt`, bytes, input));
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as ExtractionResult;

    it('produces the expected result', () => {
      // the provenance (rule ids, why) is checked apart: rules get renamed, results must not move
      expect(withoutProvenance(result)).toEqual(withoutProvenance(expected));
    });

    it('says for every recommendation which rules made it and why', () => {
      for (const r of result.recommendations) {
        expect(r.rule?.length).toBeGreaterThan(0);
        expect(r.rule?.every((id) => /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(id))).toBe(true);
        expect(r.why?.length).toBeGreaterThan(5);
      }
    });

    it('validates against the ExtractionResult schema', () => {
      const ok = validate(result);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it('has spans that point at the text of each recommendation', () => {
      for (const r of result.recommendations) {
        const spanText = input.text.slice(r.span.start, r.span.end).replace(/\s+/g, ' ');
        const firstWords = r.text.split(' ').slice(0, 2).join(' ').replace(/[^\w ]/g, '');
        expect(spanText.replace(/[^\w ]/g, '')).toContain(firstWords);
        expect(r.span.end).toBeGreaterThan(r.span.start);
      }
    });

    it('counts a remedy total equal to the sum of its payments', () => {
      const sum = result.recommendations.flatMap((r) => r.payments).reduce((s, p) => s + Math.round(p.amount * 100), 0);
      expect(Math.round(result.remedyTotal * 100)).toBe(sum);
    });
  });
});
