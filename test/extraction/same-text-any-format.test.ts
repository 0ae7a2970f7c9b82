/**
 * The same text gives the same recommendations whether it arrives as .txt, as a PDF (wrapped lines,
 * running header, page-number footer) or as a Word file (real headings and lists). Covers every
 * golden text of the engine (src/extraction/__golden__/*.txt) and the fixture samples. The PDF and
 * .docx come from test/fixtures/generated/ (scripts/fixtures/generate.ts); a text added since the
 * last generation is rendered here instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sourceTexts } from '../../scripts/fixtures/generate';
import { textToDocx, textToPdf } from '../../scripts/fixtures/lib/render-text';
import { decisionPdf } from '../documents/support/decision-pdf';
import { extractDocument } from '../../src/extraction/extract-document';
import type { ExtractionResult } from '../../src/extraction/types';
import { GENERATED, validator } from './extraction-support';

const validate = validator();

function comparable(result: ExtractionResult): unknown {
  return {
    documentType: result.documentType,
    remedyTotal: result.remedyTotal,
    recommendations: result.recommendations.map((r) => ({
      text: r.text.replace(/\s+/g, ' ').trim(),
      category: r.category,
      learning: r.learning,
      payments: r.payments.map((p) => p.amount),
      deadline: r.deadline?.within ?? null,
    })),
  };
}

async function rendered(name: string, ext: 'pdf' | 'docx', text: string): Promise<Buffer> {
  const committed = join(GENERATED, `${name}.${ext}`);
  if (existsSync(committed)) return readFileSync(committed);
  const header = `Redress test document ${name}`;
  return ext === 'pdf' ? textToPdf(text, header) : textToDocx(text, header);
}

/**
 * Golden texts that imitate broken PDF extraction (words hyphenated at line ends, tables as runs of
 * cells): laid out afresh as a PDF or Word file they are no longer the same text, so they are only
 * checked to read cleanly.
 */
const BROKEN_LAYOUT_TEXTS = new Set(['pdf-broken-layout']);

async function allFormats(name: string, path: string): Promise<ExtractionResult[]> {
  const text = readFileSync(path, 'utf8');
  const results = [
    await extractDocument(Buffer.from(text), `${name}.txt`),
    await extractDocument(await rendered(name, 'pdf', text), `${name}.pdf`),
    await extractDocument(await rendered(name, 'docx', text), `${name}.docx`),
  ];
  for (const result of results) {
    expect(result.errors).toEqual([]);
    expect(validate(result)).toEqual([]);
  }
  return results;
}

describe('same text, any format', () => {
  const sources = sourceTexts().filter(([name]) => !BROKEN_LAYOUT_TEXTS.has(name));
  const broken = sourceTexts().filter(([name]) => BROKEN_LAYOUT_TEXTS.has(name));

  it('has texts to compare', () => {
    expect(sources.length).toBeGreaterThanOrEqual(3);
  });

  it.each(sources)(
    '%s gives the same recommendations as .txt, .pdf and .docx',
    async (name, path) => {
      const [fromText, fromPdf, fromDocx] = await allFormats(name, path);
      expect(comparable(fromPdf)).toEqual(comparable(fromText));
      expect(comparable(fromDocx)).toEqual(comparable(fromText));

      // PDF spans point at real pages of the document.
      const pages = fromPdf.source.pages ?? 0;
      expect(pages).toBeGreaterThan(0);
      for (const r of fromPdf.recommendations) {
        expect(r.span.page).toBeGreaterThanOrEqual(1);
        expect(r.span.page).toBeLessThanOrEqual(pages);
        expect(r.span.end).toBeLessThanOrEqual(fromPdf.source.characters);
      }
    },
    60_000,
  );

  it.each(broken)(
    '%s (imitates broken PDF text) reads cleanly as .txt, .pdf and .docx',
    async (name, path) => {
      const results = await allFormats(name, path);
      for (const result of results) expect(result.recommendations.length).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('PDF set in a font with ligatures', () => {
  const file = join(GENERATED, 'sample-ligatures-dejavu.pdf');

  it('reads ligature glyphs as plain letters', async () => {
    // Generated only where DejaVu Sans is installed (it is committed). pdfkit's ToUnicode map spells
    // its ligature glyphs out, so this checks the embedded-font path end to end; ligature code points
    // in the text layer (U+FB01 ...) are covered by src/extraction/readers/pdf-cleanup.spec.ts.
    expect(existsSync(file)).toBe(true);
    const result = await extractDocument(readFileSync(file), 'ligatures.pdf');
    const fromText = await extractDocument(
      readFileSync(join(__dirname, '..', '..', 'scripts', 'fixtures', 'samples', 'sample-ligatures.txt')),
      'ligatures.txt',
    );
    const texts = result.recommendations.map((r) => r.text).join(' ');
    expect(texts).toMatch(/final apology, reaffirm its efficient procedures/);
    expect(texts).not.toMatch(/[\ufb00-\ufb06]/);
    expect(comparable(result)).toEqual(comparable(fromText));
  }, 60_000);
});

describe('decisions built from repeated paragraphs (the synthetic decisions of npm run test:scale)', () => {
  it('read the same whatever falls at the top or foot of a page', async () => {
    // Their background paragraphs cycle, so the same wrapped sentence lands at the same end of many
    // pages: it must not be dropped as a running header or footer, and "Agreed action" at the top of
    // a page still opens its section.
    const counts = new Map<number, number[]>();
    for (let i = 0; i < 30; i++) {
      const result = await extractDocument(
        await decisionPdf({ seed: 1000 + i, pages: 2 + (i % 5) }),
        'd.pdf',
      );
      const n = result.recommendations.length;
      counts.set(n, [...(counts.get(n) ?? []), 1000 + i]);
    }
    // the apology, the payment, the review and the reminder to staff; any other count names its seeds
    expect([...counts.entries()].filter(([n]) => n !== 4)).toEqual([]);
    expect(counts.get(4)?.length).toBe(30);
  }, 120_000);
});
