/**
 * The verdicts of `npm run test:scale` fail on the faults they are there to catch (the run itself
 * needs PostgreSQL, Redis and four processes: it is not part of `npm test`).
 */
import {
  complianceVerdict,
  documentVerdicts,
  DocumentRow,
  healthVerdict,
  ingestLogVerdict,
  killVerdict,
  noticeVerdict,
  raceVerdict,
  storageVerdict,
  UploadedDocument,
} from './scale-checks';
import { variant } from './scale-corpus';

const uploaded: UploadedDocument[] = [
  { id: 'a', name: 'x-copy1.pdf', base: 'fixture:x.pdf', expectFailure: false },
  { id: 'b', name: 'x-copy2.pdf', base: 'fixture:x.pdf', expectFailure: false },
  { id: 'c', name: 'damaged.pdf', base: 'damaged:c', expectFailure: true },
];
const good: DocumentRow[] = [
  {
    id: 'a',
    status: 'processed',
    attempts: 1,
    documentType: 'lgsco_decision',
    resultRecommendations: 3,
    recommendationRows: 3,
    distinctOrdinals: 3,
  },
  {
    id: 'b',
    status: 'processed',
    attempts: 2,
    documentType: 'lgsco_decision',
    resultRecommendations: 3,
    recommendationRows: 3,
    distinctOrdinals: 3,
  },
  {
    id: 'c',
    status: 'failed',
    attempts: 1,
    documentType: 'unknown',
    resultRecommendations: 0,
    recommendationRows: 0,
    distinctOrdinals: 0,
  },
];
const failures = (rows: DocumentRow[], docs = uploaded) =>
  documentVerdicts(docs, rows)
    .filter((v) => !v.ok)
    .map((v) => v.check);
const change = (id: string, patch: Partial<DocumentRow>) =>
  good.map((r) => (r.id === id ? { ...r, ...patch } : r));

describe('test:scale verdicts on the documents', () => {
  it('pass a run where every document has one result and a final status', () => {
    expect(failures(good)).toEqual([]);
  });

  it('fail a document missing, left in processing, or failed when it should not', () => {
    expect(failures(good.slice(1))).toEqual(['documents stored']);
    expect(failures(change('a', { status: 'processing' }))).toEqual(['final statuses']);
    expect(failures(change('a', { status: 'failed' }))).toEqual(['final statuses']);
    expect(failures(change('c', { status: 'processed' }))).toEqual(['final statuses']);
  });

  it('fail recommendations stored twice (a second persist) or a document without a result', () => {
    expect(failures(change('a', { recommendationRows: 6, distinctOrdinals: 3 }))).toEqual([
      'one result per document, no recommendation twice',
      'copies of one file read alike',
    ]);
    expect(
      failures(change('a', { recommendationRows: 4, resultRecommendations: 4, distinctOrdinals: 3 })),
    ).toContain('one result per document, no recommendation twice');
    expect(failures(change('b', { resultRecommendations: null }))).toEqual([
      'one result per document, no recommendation twice',
    ]);
  });

  it('fail copies of one file that were read differently', () => {
    expect(
      failures(change('b', { resultRecommendations: 2, recommendationRows: 2, distinctOrdinals: 2 })),
    ).toEqual(['copies of one file read alike']);
  });

  it('fail a kill that interrupted nothing', () => {
    expect(killVerdict(good).ok).toBe(true);
    expect(killVerdict(good.map((r) => ({ ...r, attempts: 1 }))).ok).toBe(false);
  });
});

describe('test:scale verdicts on the logs and the database', () => {
  it('fail a document persisted by two attempts', () => {
    const line = (documentId: string, outcome: string) => ({ msg: 'document ingested', documentId, outcome });
    expect(ingestLogVerdict([line('a', 'processed'), line('a', 'superseded'), line('b', 'failed')]).ok).toBe(
      true,
    );
    expect(ingestLogVerdict([line('a', 'processed'), line('a', 'processed')]).ok).toBe(false);
  });

  it('pass one daily run among several checking processes, and fail none, two, or too few checking', () => {
    const finished = { msg: 'compliance run finished' };
    const declined = { msg: 'compliance run not started' };
    const logs = (...each: Record<string, unknown>[][]) => new Map(each.map((lines, i) => [`p${i}`, lines]));
    const day = '2026-12-05';
    expect(complianceVerdict(logs([finished], [declined], [declined]), day, day, 3).ok).toBe(true);
    expect(complianceVerdict(logs([declined], [declined], [declined]), day, day, 3).ok).toBe(false);
    expect(complianceVerdict(logs([finished], [finished], [declined]), day, day, 3).ok).toBe(false);
    expect(complianceVerdict(logs([finished], [declined], []), day, day, 3).ok).toBe(false);
    expect(complianceVerdict(logs([finished], [declined], [declined]), '2026-12-04', day, 3).ok).toBe(false);
  });

  it('fail a daily notice recorded twice', () => {
    expect(noticeVerdict([], 10).ok).toBe(true);
    expect(noticeVerdict([{ actionId: 'a', type: 'overdue', n: 2 }], 10).ok).toBe(false);
  });

  it('fail /health that failed once, or was hardly probed', () => {
    const ok = Array.from({ length: 20 }, (_, i) => ({ at: i * 100, ms: 5, ok: true }));
    expect(healthVerdict('web-1', ok, 10).ok).toBe(true);
    expect(healthVerdict('web-1', [...ok, { at: 2100, ms: 5000, ok: false }], 10).ok).toBe(false);
    expect(healthVerdict('web-1', ok.slice(0, 5), 10).ok).toBe(false);
  });
});

describe('test:scale corpus copies', () => {
  it('differ in their bytes from the original and from each other', () => {
    const pdf = Buffer.from('%PDF-1.4\n...%%EOF\n');
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    const docx = Buffer.concat([Buffer.from('PK\u0003\u0004...'), eocd]);
    for (const [bytes, ext] of [
      [pdf, '.pdf'],
      [docx, '.docx'],
      [Buffer.from('Decision text.'), '.txt'],
    ] as const) {
      const copies = [0, 1, 2].map((n) => variant(bytes, ext, n).toString('hex'));
      expect(new Set(copies).size).toBe(3);
      expect(copies[0]).toBe(bytes.toString('hex'));
    }
    expect(variant(docx, '.docx', 2).readUInt16LE(docx.length - 2)).toBe('scale copy 2'.length);
  });
});

describe('test:scale verdict on the same files uploaded through both web processes at once', () => {
  const made = (id: string) => ({ id, duplicateOf: null });
  const dup = (id: string) => ({ id, duplicateOf: id });
  it('passes one document per file, made by either process', () => {
    expect(raceVerdict([made('a'), dup('b')], [dup('a'), made('b')]).ok).toBe(true);
  });
  it('fails two documents for one file, two answers that both made it, or a refused upload', () => {
    expect(raceVerdict([made('a')], [made('x')]).ok).toBe(false);
    expect(raceVerdict([made('a')], [made('a')]).ok).toBe(false);
    expect(raceVerdict([dup('a')], [dup('a')]).ok).toBe(false);
    expect(raceVerdict([made('a')], null).ok).toBe(false);
  });
});

describe('test:scale verdict on the shared uploads', () => {
  it('fails a file without a document, a document without its file, or a temporary file left', () => {
    expect(storageVerdict(['ab/1.pdf', 'cd/2.txt'], ['ab/1.pdf', 'cd/2.txt'], []).ok).toBe(true);
    expect(storageVerdict(['ab/1.pdf', 'cd/2.txt'], ['ab/1.pdf'], []).ok).toBe(false);
    expect(storageVerdict(['ab/1.pdf'], ['ab/1.pdf', 'cd/2.txt'], []).ok).toBe(false);
    expect(storageVerdict(['ab/1.pdf'], ['ab/1.pdf'], ['.staging/x']).ok).toBe(false);
  });
});
