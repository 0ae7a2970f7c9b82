/**
 * Developer tool for the extraction engine.
 *
 *   node -r ts-node/register/transpile-only scripts/dev-eval.ts [out.jsonl] [--explain] [files...]
 *     runs the engine over the shared dev set (or the given .txt files) and writes JSON Lines for
 *     `python3 ../shared/eval/dev/score.py out.jsonl --verbose`; --explain prints every decision's rule.
 *
 *   node -r ts-node/register/transpile-only scripts/dev-eval.ts --write-golden [name...]
 *     writes src/extraction/__golden__/<name>.expected.json from the engine's current output, for
 *     the named golden texts (all when none is named). Read every file it writes before committing:
 *     a golden file that encodes a wrong result is worse than none.
 */
import { createHash } from 'crypto';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { explainFromText } from '../src/extraction';
import { ExtractedText, ExtractionSource } from '../src/extraction/types';

const GOLDEN_DIR = join(__dirname, '..', 'src', 'extraction', '__golden__');
const DEV_DIR = join(__dirname, '..', '..', 'shared', 'eval', 'dev', 'docs');

/** The golden texts mark page breaks with form feeds; the first page starts at 0. */
export function goldenInput(text: string): ExtractedText {
  const starts = [0];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) starts.push(i + 1);
  return { text, pageStarts: starts.length > 1 ? starts : null };
}

export function sourceFor(fileName: string, bytes: Buffer, input: ExtractedText): ExtractionSource {
  return {
    fileName,
    mediaType: 'text/plain',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages: input.pageStarts ? input.pageStarts.length : null,
    characters: input.text.length,
  };
}

function writeGolden(names: string[]): void {
  const files = readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => !names.length || names.includes(basename(f, '.txt')));
  for (const f of files) {
    const bytes = readFileSync(join(GOLDEN_DIR, f));
    const input = goldenInput(bytes.toString('utf8'));
    const { result } = explainFromText(input, sourceFor(f, bytes, input));
    writeFileSync(
      join(GOLDEN_DIR, `${basename(f, '.txt')}.expected.json`),
      JSON.stringify(result, null, 2) + '\n',
    );
    process.stderr.write(
      `wrote ${basename(f, '.txt')}.expected.json (${result.recommendations.length} recommendations)\n`,
    );
  }
}

function runDev(args: string[]): void {
  const explain = args.includes('--explain');
  const rest = args.filter((a) => a !== '--explain');
  const out = rest[0] && rest[0].endsWith('.jsonl') ? rest.shift()! : '/tmp/dev-results.jsonl';
  const files = rest.length
    ? rest
    : readdirSync(DEV_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(DEV_DIR, f));
  const lines: string[] = [];
  for (const f of files) {
    const bytes = readFileSync(f);
    const input: ExtractedText = { text: bytes.toString('utf8'), pageStarts: null };
    const e = explainFromText(input, sourceFor(basename(f), bytes, input));
    lines.push(JSON.stringify(e.result));
    if (explain) {
      process.stderr.write(`\n=== ${basename(f)} ${JSON.stringify(e.facts)}\n`);
      e.result.recommendations.forEach((r, i) => {
        const t = e.recommendations[i];
        process.stderr.write(
          `- [${r.category}${r.learning ? ' L' : ''}] ${r.text.slice(0, 150)}\n    rule=${t.rule}; ${t.categoryReason}; ${t.learningReason}` +
            `${r.payments.length ? '; pay=' + JSON.stringify(r.payments) : ''}${r.deadline ? '; deadline=' + JSON.stringify(r.deadline) : ''}\n`,
        );
      });
    }
  }
  writeFileSync(out, lines.join('\n') + '\n');
  process.stderr.write(`wrote ${lines.length} results to ${out}\n`);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--write-golden') writeGolden(args.slice(1));
  else runDev(args);
}
