import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds people's full names written without a title ("Jane Smith said", "the complaint from Amir
 * Khan", "Siobhán O'Neill-Murphy", "Li Wei", "J. Smith") in running text, for scrutiny views.
 *
 * How: a Unicode tokenizer (natural's tokenizers split "Siobhán" and "Łukasz" apart, so they are not
 * used here) finds runs of capitalised name-shaped words (Mc/Mac/O'/D' forms, hyphens, particles such
 * as "van der" and "bin" inside a name, initials). Each run is cut at organisation, service, place,
 * legislation, job-title, time and function words (ORGANISATION_WORDS and friends below), and each
 * remaining piece of two or more words is a name when:
 * - it starts with a known name or an initial ("Li Wei", "J. Smith"); known names are the people-names
 *   list of the cspell dictionaries (@cspell/dict-people-names, MIT: about 39,000 given names and
 *   surnames from many cultures); or
 * - it is inside a sentence (a capitalised pair there that is no organisation word is a name); or
 * - a context cue says so: a possessive ("Tendai Chikwanha's"), a verb of speech or complaint after it
 *   ("... said", "... complained"), or a relation before it ("the complainant, ...", "her son ...").
 * A piece right after "in", "at", "near" and the like is a place ("in Milton Keynes") unless a cue says
 * it is a person. At the start of a sentence a piece with no known name and no cue is a name when a
 * lower-case word (a verb) follows it; otherwise it loses its first word (that may be any capitalised
 * word) and is judged again.
 * Words in capitals (acronyms, headings) are left alone here; titled names are removed before this.
 */

export interface NameSpan {
  start: number;
  end: number;
}

/** Lower case, accents removed: "Siobhán" and "Siobhan" are one name. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toLowerCase();
}

let knownNames: Set<string> | null = null;

/** The cspell people-names list, read once (one name a line; lines starting with # are comments). */
export function isKnownName(word: string): boolean {
  if (!knownNames) {
    const dir = dirname(require.resolve('@cspell/dict-people-names'));
    const text = readFileSync(join(dir, 'dict', 'people-names.txt'), 'utf8');
    knownNames = new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map(fold),
    );
  }
  return knownNames.has(fold(word));
}

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Words that make a capitalised run an organisation, service, place, law, document, job or time, not a
 * person: "Adult Social Care", "Housing Options", "Care Act", "Head of Service", "Bristol City Council",
 * "Stage 2". Common surnames that are also such words (Hall, Lane, Green, Hill, Park) are left out.
 */
const ORGANISATION_WORDS = words(`
  council councils borough boroughs county counties city cities district districts parish town towns
  metropolitan unitary authority authorities government ombudsman ombudsmen commissioner commission
  commissioners inspectorate regulator tribunal tribunals court courts parliament parliamentary
  cabinet committee committees board boards panel panels executive assembly senedd whitehall
  service services care social adult adults children child childrens family families young youth
  housing homes home homelessness homeless options team teams department departments directorate
  directorates division office offices unit units section sections hub centre centres center
  agency agencies trust trusts foundation partnership partnerships association associations group
  network alliance forum society charity charities company limited ltd plc llp inc corporation
  nhs health healthcare hospital hospitals clinic clinics surgery practice icb ccg mental public
  school schools academy academies college colleges university nursery education educational
  learning skills send sen special needs disability disabilities disabled facilities independent
  living support supported supporting early help advice advocacy citizens benefit benefits tax
  taxes credit universal allowance payment payments grant grants fund funds funding budget budgets
  welfare relief reduction discretionary personal direct prevention duty allocation allocations
  lettings letting register choice accommodation temporary emergency supported sheltered extra
  nursing residential respite domiciliary reablement occupational therapy equipment adaptations
  repairs repair maintenance tenancy tenancies tenant tenants leasehold leaseholders freehold estate
  estates environmental environment waste recycling refuse highways highway transport travel
  parking roads road street streets avenue square terrace crescent gardens building buildings
  planning control enforcement licensing licence regulatory protection safeguarding safeguards
  deprivation liberty attorney guardian guardianship protection quality assurance standards
  improvement performance compliance finance financial revenues revenue resources corporate
  customer customers contact strategy strategic operations operational policy policies procedure
  procedures process guidance code codes framework protocol standard charter
  act acts bill order orders regulations regulation rules rule directive article articles
  convention rights right equality data information freedom schedule schedules part parts
  paragraph paragraphs chapter appendix annex stage stages level levels band bands tier tiers
  badge pass card scheme schemes programme project pathway
  complaint complaints decision decisions report reports review reviews investigation
  investigations inquiry enquiry enquiries finding findings recommendation recommendations remedy
  remedies action actions plan plans assessment assessments statement statements summary letter
  letters notice notices form forms application applications appeal appeals case cases file files
  head heads director directors deputy assistant chief officer officers manager managers management
  lead leads leader leaders coordinator co-ordinator worker workers practitioner practitioners
  adviser advisers advisor advisors caseworker caseworkers investigator investigators assessor
  assessors surveyor surveyors inspector inspectors solicitor solicitors clerk secretary chair
  chairman chairperson chairwoman president minister ministers councillor councillors mayor
  member members monitoring principal senior junior specialist specialists analyst consultant
  consultants therapist therapists nurse nurses teacher teachers headteacher supervisor
  police fire rescue ambulance probation justice legal law laws
  national regional local royal british english welsh scottish irish england wales scotland ireland
  uk kingdom united great greater north south east west northern southern eastern western central
  mid upper lower new old saint st
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter christmas
  easter year years month months week weeks day days
  covid coronavirus pandemic internet email website online portal
`);

/** Function words and the verbs that open remedies ("Pay ...", "Apologise to ..."): never a name. */
const FUNCTION_WORDS = words(`
  the a an this that these those our we us they them their his her he she it its you your my i me
  in on at by for from to of and or but nor if when where while whilst after before following
  during as also however although though since because then there here thus therefore so such
  yes no not all any each every some both either neither none one two three four five six seven
  eight nine ten first second third last next other another within without under over between
  about above below against among into onto upon out off up down through throughout across around
  dear yours sincerely regards thank thanks please further finally overall instead meanwhile
  whether what which who whom whose why how until unless despite given including regarding
  concerning per via than more most less least much many few only just still even very
  was were is are be been being has have had do does did will would shall should may might must can
  could ought
  mr mrs ms miss mx dr prof sir dame lady lord rev
  pay apologise apologize review write remind provide offer arrange ensure make carry consider refund
  reimburse meet send tell contact share train update issue complete confirm agree take give set
  check reassess assess decide publish introduce amend visit
`);

const ORGANISATION = new Set(ORGANISATION_WORDS);
const STOP = new Set([...ORGANISATION_WORDS, ...FUNCTION_WORDS]);

/** Lower-case particles inside a name: Ana de la Cruz, Ludwig van Beethoven, Mohammed bin Salman. */
const PARTICLES = new Set(
  words(`van von der den de del della di da das dos du le la bin ibn bint al el ter ten ap ó ní nic uí`).map(
    fold,
  ),
);
/** Capitalised particles that may stand alone before a surname: Ciarán Ó Briain, Máire Ní Bhriain. */
const CAPITAL_PARTICLES = new Set(words('ó ní nic uí mac van von de da di du la le ter ten').map(fold));

/** Lower-case words that continue a title or an organisation's name: "Putting Things Right for ...". */
const CONNECTORS = new Set(words('of and for to in on at upon under with by from or the a an'));

/** A place follows these: "in Milton Keynes", "near Great Yarmouth". */
const PLACE_BEFORE = new Set(words('in at near across around throughout outside within towards into'));

/** A person before these: "Jane Smith said", "Amir Khan complained". */
const PERSON_AFTER = new Set(
  words(`
  said says told tells complained complains wrote writes asked asks explained explains reported
  reports stated states confirmed confirms alleged alleges contacted contacts emailed emails phoned
  phones rang called calls visited visits received receives replied replies responded responds
  raised raises felt feels believes believed considers considered disagreed disagrees agreed agrees
  accepted accepts died who whose attended attends wanted
  wants needed needs applied applies requested requests appealed appeals disputed disputes
`),
);

/** A person after these: "the complainant, Jane Smith", "her son Tendai Chikwanha". */
const PERSON_BEFORE = new Set(
  words(`
  complainant complainants claimant claimants applicant applicants resident residents tenant tenants
  leaseholder leaseholders client clients patient patients pupil pupils student students customer
  son sons daughter daughters mother father mum dad husband wife partner brother sister grandson
  granddaughter grandmother grandfather grandchild nephew niece aunt uncle cousin child baby carer
  carers friend neighbour neighbours advocate representative landlord named called namely behalf
`),
);

/** One word of a name: Smith, McDonald, MacLeod, O'Neill, D’Souza, DeVito, Öztürk, Smith-Jones, Seo-yeon, al-Hassan. */
const NAME_PIECE = String.raw`(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?`;
const HYPHEN_CONNECTORS = 'on|upon|under|super|le|en|by|in|the|sur|sous|am|an|der';
const NAME_SHAPE = new RegExp(
  String.raw`^(?:(?:al|el|ad|ash|bin|ibn|abu|ben|ul|ud)-)?${NAME_PIECE}(?:-(?:${NAME_PIECE}|(?!(?:${HYPHEN_CONNECTORS})(?:-|$))[\p{Ll}\p{M}]{2,}))*$`,
  'u',
);
/** An initial: "J." or "J.R." ("J" alone too, but not A or I, which are words). */
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const BARE_INITIAL = /^[B-HJ-Z]$/;

type Kind = 'name' | 'initial' | 'particle' | 'other';
interface Token {
  text: string;
  start: number;
  end: number;
  kind: Kind;
  /** The gap before it: whitespace only, no line break (tokens can join a run). */
  joined: boolean;
  /** Starts a sentence, line or item. */
  sentenceStart: boolean;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}]+)*\.?|\d+|\S/gu;
const SENTENCE_MARK = /^[.!?:;•*–—(["“‘]$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    const start = m.index;
    const matchEnd = start + raw.length;
    const gap = text.slice(lastEnd, start);
    lastEnd = matchEnd;
    // "J." and "J.R." keep their dots; "Smith." gives "Smith" and a full stop.
    let fullStop = false;
    if (raw.length > 1 && raw.endsWith('.') && !INITIAL.test(raw)) {
      raw = raw.slice(0, -1);
      fullStop = true;
    }
    let possessive = false;
    const poss = /^(.+)['’]s$/u.exec(raw);
    if (poss && NAME_SHAPE.test(poss[1])) {
      raw = poss[1];
      possessive = true;
    }
    const folded = fold(raw);
    let kind: Kind = 'other';
    if (INITIAL.test(raw) || BARE_INITIAL.test(raw)) kind = 'initial';
    else if (PARTICLES.has(folded) && raw === raw.toLowerCase()) kind = 'particle';
    else if (CAPITAL_PARTICLES.has(folded) && /^\p{Lu}/u.test(raw)) kind = 'particle';
    // "Anti-social", "Co-operative": a hyphenated word with an organisation or function word in it
    else if (NAME_SHAPE.test(raw) && !folded.split('-').some((w) => STOP.has(w))) kind = 'name';
    const prev = tokens[tokens.length - 1];
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      kind,
      joined: !!prev && /^[ \t\u00a0]+$/.test(gap),
      sentenceStart: !prev || /\n/.test(gap) || SENTENCE_MARK.test(prev.text),
      possessive,
    });
    if (fullStop) {
      tokens.push({
        text: '.',
        start: matchEnd - 1,
        end: matchEnd,
        kind: 'other',
        joined: true,
        sentenceStart: false,
        possessive: false,
      });
    }
  }
  return tokens;
}

const folds = (t: Token | undefined) => (t ? fold(t.text) : '');

/** Whether the words around a piece say it is a person. */
function personCue(tokens: Token[], first: number, last: number): boolean {
  if (tokens[last].possessive) return true;
  const after = tokens[last + 1];
  if (after && after.kind !== 'name' && PERSON_AFTER.has(folds(after))) return true;
  // "Jane Smith, who ..." / "Jane Smith (the complainant)"
  const after2 = tokens[last + 2];
  if (after?.text === ',' && ['who', 'aged', 'whose'].includes(folds(after2))) return true;
  if (after?.text === '(' && ['the', 'complainant', 'aged'].includes(folds(after2))) return true;
  // "Jane Smith and her partner", "Amir Khan, his carer"
  if ((after?.text === ',' || folds(after) === 'and') && ['her', 'his', 'their'].includes(folds(after2)))
    return true;
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const w = folds(tokens[i]);
    if (PERSON_BEFORE.has(w)) return true;
    if (!['the', ',', 'a', 'of', 'her', 'his', 'their', 'late', 'adult', 'young'].includes(w)) break;
  }
  return false;
}

function placeCue(tokens: Token[], first: number): boolean {
  return PLACE_BEFORE.has(folds(tokens[first - 1]));
}

/** Judges one piece of a run (indices into tokens, particles inside allowed); returns its span or null. */
function judge(tokens: Token[], idx: number[], atSentenceStart: boolean): NameSpan | null {
  // particles only inside a name
  while (idx.length && tokens[idx[0]].kind === 'particle') idx = idx.slice(1);
  while (idx.length && tokens[idx[idx.length - 1]].kind === 'particle') idx = idx.slice(0, -1);
  const words = idx.filter((i) => tokens[i].kind !== 'particle');
  if (words.length < 2) return null;
  // the last word a name: "J. Smith", "Jane A. Smith", not "Smith J."
  if (tokens[words[words.length - 1]].kind !== 'name') return null;
  const first = idx[0];
  const last = idx[idx.length - 1];
  const span = { start: tokens[first].start, end: tokens[last].end };
  const head = tokens[first];
  if (head.kind === 'initial') {
    // a bare "J Smith" needs the rest to look like a name; "J. Smith" is enough
    return head.text.endsWith('.') || !atSentenceStart ? span : null;
  }
  const cue = personCue(tokens, first, last);
  if (cue) return span;
  if (placeCue(tokens, first)) return null;
  if (isKnownName(head.text)) return span;
  if (!atSentenceStart) return span;
  // "Kemi Bankole had been ...": capitalised words that are the subject of a verb are a name (a place as
  // the subject, "Milton Keynes has ...", is taken for one too: the safe side for scrutiny)
  const after = tokens[last + 1];
  if (after?.joined && /^\p{Ll}/u.test(after.text) && !CONNECTORS.has(after.text)) return span;
  // At a sentence start any word is capitalised: drop it and judge the rest.
  return judge(tokens, idx.slice(1), false);
}

/** Spans of untitled full names in `text`, in order. */
export function findUntitledNames(text: string): NameSpan[] {
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== 'name' && t.kind !== 'initial') {
      i++;
      continue;
    }
    // a run: name words, initials and particles joined by spaces only; a possessive ends it
    const run = [i];
    let j = i + 1;
    while (
      j < tokens.length &&
      !tokens[j - 1].possessive &&
      tokens[j].joined &&
      (tokens[j].kind === 'name' || tokens[j].kind === 'initial' || tokens[j].kind === 'particle')
    ) {
      run.push(j);
      j++;
    }
    i = j;
    // "Milton Keynes Council", "Tower Hamlets Homes": part of an organisation's name
    const next = tokens[j];
    const last = tokens[j - 1];
    if (next?.joined && !last.possessive && /^\p{Lu}/u.test(next.text) && ORGANISATION.has(folds(next)))
      continue;
    const span = judge(tokens, run, t.sentenceStart);
    if (span) spans.push(span);
  }
  return spans;
}

/** Replaces every untitled full name with `replacement`. */
export function redactUntitledNames(text: string, replacement: string): string {
  const spans = findUntitledNames(text);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + replacement;
    at = s.end;
  }
  return out + text.slice(at);
}
