/**
 * Runs the extraction engine over the dev set (or any .txt files) and writes JSON Lines for
 * `python3 /work/shared/eval/dev/score.py results.jsonl --verbose`.
 *
 *   node -r ts-node/register/transpile-only scripts/dev-eval.ts [out.jsonl] [--explain] [files...]
 */
import { createHash } from 'crypto';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { explainFromText } from '../src/extraction';

const args = process.argv.slice(2);
const explain = args.includes('--explain');
const rest = args.filter((a) => a !== '--explain');
const out = rest[0] && rest[0].endsWith('.jsonl') ? rest.shift()! : '/tmp/dev-results.jsonl';
const dir = '/work/shared/eval/dev/docs';
const files = rest.length
  ? rest
  : readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, f));

const lines: string[] = [];
for (const f of files) {
  const bytes = readFileSync(f);
  const text = bytes.toString('utf8');
  const source = {
    fileName: basename(f),
    mediaType: 'text/plain',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages: null,
    characters: text.length,
  };
  const e = explainFromText({ text, pageStarts: null }, source);
  lines.push(JSON.stringify(e.result));
  if (explain) {
    process.stderr.write(`\n=== ${basename(f)} ${JSON.stringify(e.facts)}\n`);
    e.result.recommendations.forEach((r, i) => {
      const t = e.recommendations[i];
      process.stderr.write(
        `- [${r.category}${r.learning ? ' L' : ''}] ${r.text.slice(0, 150)}\n    rule=${t.rule}; ${t.categoryReason}; ${t.learningReason}${r.payments.length ? '; pay=' + JSON.stringify(r.payments) : ''}${r.deadline ? '; deadline=' + JSON.stringify(r.deadline) : ''}\n`,
      );
    });
  }
}
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`wrote ${lines.length} results to ${out}\n`);
