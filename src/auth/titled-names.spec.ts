import { NAME_REMOVED, redactPersonalData } from './personal-data';

/**
 * A corpus of titled name forms (every title, as written and in capitals, with each name form) in
 * running text: every one must be removed whole, leaving no part of the name; council and service
 * names in the same sentences must stay.
 */
const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Rev',
  'Sir',
  'Dame',
  'Mrs.',
  'MR',
  'MRS',
  'DR',
];
const NAMES = [
  'Smith',
  'McDonald',
  'MacDonald',
  'McAllister-Jones',
  "O'Brien",
  'O’Neill',
  "D'Souza",
  'DeVito',
  'Öztürk',
  'Élodie Martin',
  'Zoë Brontë',
  'van der Berg',
  'de la Cruz',
  'von Trapp',
  'bin Said',
  'Smith-Jones',
  'Jane Smith',
  'Anne-Marie Dubois',
  'SMITH',
  'Ng',
  'Łukasz Nowak',
  'Ó Súilleabháin',
];
const SENTENCES = [
  (n: string) => `The Council apologised to ${n} for the delay.`,
  (n: string) => `${n} complained to Adult Social Care about the repairs.`,
  (n: string) => `Housing Services will pay ${n}, £250.`,
];
const KEEP = ['The Council', 'Adult Social Care', 'Housing Services'];

const corpus = TITLES.flatMap((title) =>
  NAMES.flatMap((name, i) => [{ title, name, text: SENTENCES[i % SENTENCES.length](`${title} ${name}`) }]),
);

describe('titled names in running text', () => {
  it(`has a corpus of ${corpus.length} titled name forms`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
  });

  it.each(corpus.map((c) => [c.text, c.name] as const))('removes the whole name in %s', (text, name) => {
    const out = redactPersonalData(text);
    expect(out).toContain(NAME_REMOVED);
    for (const part of name
      .split(/[\s-]+/)
      .filter((p) => p.length > 2 && !/^(van|der|von|bin|la|de)$/.test(p))) {
      expect(out).not.toContain(part);
    }
    for (const keep of KEEP.filter((k) => text.includes(k))) expect(out).toContain(keep);
  });

  it('leaves a title without a name, and council and service names, alone', () => {
    for (const text of [
      'Write to the Mr or Mrs on file.',
      'Adult Social Care and Housing Services',
      'Leeds City Council',
    ]) {
      expect(redactPersonalData(text)).toBe(text);
    }
  });
});
