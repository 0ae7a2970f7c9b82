import { redactUntitledNames } from './untitled-names';

/**
 * Removes personal data from free text for scrutiny views: complainants' pseudonyms (Mr X, Mrs B,
 * child Y), names after titles (Mrs Jane Smith, Dr Patel), full names without a title (Jane Smith,
 * J. Smith: see untitled-names.ts), email addresses, phone numbers, UK postcodes and National
 * Insurance numbers. A lone surname with no title ("Smith said") is not found: scrutiny views must
 * still hide free-text notes, evidence and documents (see seesPersonalData).
 */
export const NAME_REMOVED = '[name removed]';
export const EMAIL_REMOVED = '[email removed]';
export const PHONE_REMOVED = '[phone removed]';
export const POSTCODE_REMOVED = '[postcode removed]';
export const NI_REMOVED = '[NI number removed]';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const NI_NUMBER = /\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/g;
/** UK numbers: 01xx/02x/03xx/07xxx/08xx with optional +44 (0), spaces or hyphens between groups. */
const PHONE = /(?<![\w£])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w])/g;
const TITLE_WORDS = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Master',
  'Dr',
  'Doctor',
  'Sir',
  'Dame',
  'Lady',
  'Lord',
  'Prof',
  'Professor',
  'Rev',
  'Reverend',
];
/** A title as written in letters and reports: "Mrs", "MRS", "Mrs." (capitals as in a heading). */
const TITLE = `(?:${TITLE_WORDS.flatMap((t) => [t, t.toUpperCase()]).join('|')})\\.?`;
/**
 * One word of a name, in any alphabet: Öztürk, Élodie, McDonald, MacDonald, DeVito, O'Brien, D’Souza,
 * SMITH (capitals), and double-barrelled Smith-Jones, Lloyd-Ó Néill or Seo-yeon.
 */
const NAME_PART = String.raw`(?:\p{Lu}['’])?\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|\p{Lu}+)`;
const NAME_WORD = String.raw`${NAME_PART}(?:-(?:${NAME_PART}|\p{Ll}{2,}))*`;
/** Particles inside surnames: van der Berg, de la Cruz, bin Said, von Trapp, Ó Súilleabháin, Mac Giolla. */
const PARTICLES = String.raw`(?:(?:van|von|der|den|de|del|della|di|da|du|le|la|bin|ibn|al|el|ter|ten|ap|Ó|Ní|Nic|Uí|Mac|Mc)\s+){0,3}`;
/**
 * Initials before a surname: "Mr D. Whitlow", "Mrs J. R. Castell", "Dr S Kaur" (a bare letter only when a
 * capitalised word follows); not a sentence that starts after "Mrs B." ("Mrs B. She said").
 */
const INITIALS = String.raw`(?:\p{Lu}(?:\.\s*|\s+)(?=\p{Lu})(?!(?:The|She|He|They|We|It|This|That|Her|His|In|On|At|An?|I|If|When|After|But|And)(?![\p{L}])))*`;
/** "Mrs B", "Mr X", "Dr Patel", "Mrs Jane Smith", "Mr and Mrs Y", "Mrs van der Berg", "MR SMITH". */
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${TITLE}\s+(?:and|&)\s+)?${TITLE}\s+(?:${INITIALS}${PARTICLES}${NAME_WORD}(?:\s+${PARTICLES}${NAME_WORD}){0,2}|\p{Lu}(?![\p{L}\d]))(?![\p{L}\d])`,
  'gu',
);
const RELATIVE = String.raw`(?:child|son|daughter|baby|grandson|granddaughter|grandchild|young person|brother|sister|husband|wife|partner|father|mother|parent|resident|tenant)`;
/** "child Y", "her son, C," "daughter Z": a family word followed by a single capital letter. */
const RELATIVE_LETTER = new RegExp(String.raw`\b(${RELATIVE})(,?\s+)([B-HJ-Z])(?![\p{L}\p{M}\d.])`, 'giu');
/** A bare single-letter pseudonym used on its own later in the text ("X said", "B's son"). */
const BARE_LETTER = /(?<![\w.’'[(&/-])([B-HJ-Z])(?=(?:['’]s)?[\s,.;:)!?]|$)(?![.]\w)/g;
const NOT_A_PSEUDONYM_BEFORE =
  /\b(?:section|appendix|annex|part|schedule|stage|category|class|grade|option|plan|type|table|figure|band|tier|level|paragraph|point|item|vitamin|hepatitis|block|floor|unit|flat|ward|wing|room)\s*$/i;

export function redactPersonalData(text: string): string {
  if (!text) return text;
  let out = text.replace(EMAIL, EMAIL_REMOVED);
  out = out.replace(NI_NUMBER, NI_REMOVED);
  out = out.replace(POSTCODE, POSTCODE_REMOVED);
  out = out.replace(PHONE, PHONE_REMOVED);
  out = out.replace(TITLED_NAME, NAME_REMOVED);
  out = out.replace(RELATIVE_LETTER, (_m, noun: string, gap: string) => `${noun}${gap}${NAME_REMOVED}`);
  out = redactUntitledNames(out, NAME_REMOVED);
  out = out.replace(BARE_LETTER, (m: string, _letter: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 30), offset);
    if (NOT_A_PSEUDONYM_BEFORE.test(before)) return m;
    return NAME_REMOVED;
  });
  return out;
}
