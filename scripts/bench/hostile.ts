/**
 * How long the readers take to refuse the two largest hostile files: a 3,000-page PDF (refused on its
 * page count, before reading pages) and a .docx with 20,000 zip entries (refused on its directory,
 * before unzipping); and how long the engine takes over hostile text: 2 MB of garbage, and 20,000
 * HTML tags that never close. Timing lives here, not in jest: test/extraction/hostile-files.test.ts,
 * src/extraction/segmentation.spec.ts and readers/html-to-text.spec.ts check what comes out.
 *
 *   npm run --silent bench:hostile [-- RUNS]
 */
import { manyEntriesDocx, manyPagesPdf } from '../fixtures/lib/hostile';
import { readDocument } from '../../src/extraction/readers/read-document';
import { ReadError } from '../../src/extraction/readers/read-types';
import { htmlToText } from '../../src/extraction/readers/html-to-text';
import { explainFromText } from '../../src/extraction/extract-text';
import { garbageText, unclosedTags } from '../../src/extraction/hostile-text';

function median(times: number[]): { median: number; worst: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted[sorted.length - 1] };
}

/** Times `work` over `runs` runs and prints its median and worst against the bar it must stay under. */
function timeWork(name: string, barMs: number, runs: number, work: () => void): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const t = median(times);
  console.log(
    `${name}: median ${t.median.toFixed(0)} ms, worst ${t.worst.toFixed(0)} ms (${runs} runs; bar ${barMs} ms: ${t.median < barMs ? 'met' : 'NOT MET'})`,
  );
}

async function timeRefusal(name: string, bytes: Uint8Array, fileName: string, runs: number): Promise<void> {
  const times: number[] = [];
  let code = '';
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    try {
      await readDocument(bytes, { fileName });
      code = 'read';
    } catch (e) {
      code = e instanceof ReadError ? e.code : String(e);
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const t = median(times);
  console.log(
    `${name}: ${code}, median ${t.median.toFixed(0)} ms, worst ${t.worst.toFixed(0)} ms (${runs} runs)`,
  );
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  await timeRefusal('3,000-page PDF', await manyPagesPdf(3000), 'pages.pdf', runs);
  await timeRefusal('.docx with 20,000 entries', manyEntriesDocx(20_000), 'many.docx', runs);
  const garbage = garbageText(2_000_000);
  const source = {
    fileName: 'garbage.txt',
    mediaType: 'text/plain',
    sha256: '0'.repeat(64),
    pages: null,
    characters: 0,
  };
  timeWork('2 MB of garbage text through the engine', 5000, runs, () =>
    explainFromText({ text: garbage, pageStarts: null }, source),
  );
  const tags = unclosedTags(20_000);
  timeWork('20,000 HTML tags that never close', 2000, runs, () => htmlToText(tags));
}

void main();
