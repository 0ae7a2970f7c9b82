/**
 * A ten-page decision for the speed bench, built from the fixture sample decision: its findings are
 * repeated (numbered, so no two paragraphs are the same) until the PDF layout runs to ten pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { textToDocx, textToPdf } from '../../fixtures/lib/render-text';
import { readDocument } from '../../../src/extraction/readers/read-document';
import { ROOT } from './corpora';

export interface BenchDocument {
  text: string;
  txt: Buffer;
  pdf: Buffer;
  docx: Buffer;
  pages: number;
}

const SAMPLE = join(ROOT, 'scripts', 'fixtures', 'samples', 'sample-lgsco-decision.txt');

function padded(sample: string, repeats: number): string {
  const start = sample.indexOf('What I found');
  const end = sample.indexOf('Agreed action');
  const findings = sample
    .slice(start + 'What I found'.length, end)
    .trim()
    .split(/\n\s*\n/);
  const extra: string[] = [];
  for (let r = 1; r <= repeats; r++) {
    extra.push(`Further findings (${r})`);
    for (const p of findings) extra.push(`${r}.${extra.length} ${p}`);
  }
  return `${sample.slice(0, end)}${extra.join('\n\n')}\n\n${sample.slice(end)}`;
}

export async function tenPageDecision(targetPages = 10): Promise<BenchDocument> {
  const sample = readFileSync(SAMPLE, 'utf8');
  for (let repeats = 1; repeats < 60; repeats++) {
    const text = padded(sample, repeats);
    const pdf = await textToPdf(text, 'Redress bench decision');
    const pages = (await readDocument(pdf)).pages ?? 0;
    if (pages >= targetPages) {
      return {
        text,
        txt: Buffer.from(text),
        pdf,
        docx: await textToDocx(text, 'Redress bench decision'),
        pages,
      };
    }
  }
  throw new Error('could not build a ten-page decision');
}
