/**
 * How long the readers take to refuse the two largest hostile files: a 3,000-page PDF (refused on its
 * page count, before reading pages) and a .docx with 20,000 zip entries (refused on its directory,
 * before unzipping). Timing lives here, not in jest: test/extraction/hostile-files.test.ts checks that
 * each is refused, and how.
 *
 *   npm run --silent bench:hostile [-- RUNS]
 */
import { manyEntriesDocx, manyPagesPdf } from '../fixtures/lib/hostile';
import { readDocument } from '../../src/extraction/readers/read-document';
import { ReadError } from '../../src/extraction/readers/read-types';

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
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${name}: ${code}, median ${median.toFixed(0)} ms, worst ${times[times.length - 1].toFixed(0)} ms (${runs} runs)`,
  );
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  await timeRefusal('3,000-page PDF', await manyPagesPdf(3000), 'pages.pdf', runs);
  await timeRefusal('.docx with 20,000 entries', manyEntriesDocx(20_000), 'many.docx', runs);
}

void main();
