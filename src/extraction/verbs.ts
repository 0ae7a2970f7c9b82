/**
 * The action verbs that start or carry a recommendation, with their inflected forms, and the
 * nouns that name an action ("Apology letter", "Training and development sessions").
 */
import { POUNDS_SOURCE } from './money';

/** Base forms. Forms are generated below (pays/paid/paying ...). */
const BASE = [
  'apologise',
  'apologize',
  // ("reiterate its apology")
  'reiterate',
  'pay',
  'make',
  'review',
  'remind',
  'train',
  'provide',
  'reconsider',
  'reassess',
  're-assess',
  'assess',
  'arrange',
  'write',
  'issue',
  'introduce',
  'ensure',
  'complete',
  'consider',
  'offer',
  'update',
  'meet',
  'share',
  'audit',
  'identify',
  'establish',
  'develop',
  'produce',
  'amend',
  'revise',
  'change',
  'refund',
  'reimburse',
  'deduct',
  'award',
  'collect',
  'find',
  'backdate',
  'back-date',
  'waive',
  // ("limit Ms L's contribution to £250": a cap on a charge)
  'limit',
  'cancel',
  'remove',
  'reinstate',
  'carry',
  'put',
  'take',
  'send',
  'contact',
  'confirm',
  'explain',
  'inform',
  'tell',
  'circulate',
  'report',
  'appoint',
  'allocate',
  'monitor',
  'allow',
  'implement',
  'agree',
  'set',
  'hold',
  'create',
  'give',
  'restore',
  'repay',
  'reduce',
  'discuss',
  'publish',
  'deliver',
  'undertake',
  'increase',
  'improve',
  'investigate',
  'respond',
  'decide',
  'fund',
  'instruct',
  'reissue',
  're-offer',
  'reoffer',
  're-issue',
  'revisit',
  'check',
  'look',
  'act',
  'prepare',
  'draft',
  'record',
  'correct',
  'rectify',
  'redo',
  'refer',
  'remedy',
  'resolve',
  'conduct',
  'engage',
  'liaise',
  'work',
  'explore',
  'draw',
  'settle',
  'seek',
  'obtain',
  'brief',
  'emphasise',
  'highlight',
  'disseminate',
  'cascade',
  'embed',
  'strengthen',
  'clarify',
  'adopt',
  'add',
  'include',
  'escalate',
  'expedite',
  'prioritise',
  'compensate',
  'write-off',
  'notify',
  'advise',
  'signpost',
  'support',
  'help',
  'visit',
  'attend',
  'reopen',
  'open',
  're-open',
  'reinvestigate',
  're-investigate',
  'determine',
  'calculate',
  'recalculate',
  're-calculate',
  'appeal',
  'lodge',
  'return',
  'replace',
  'repair',
  'inspect',
  'survey',
  'treat',
  'fix',
  'install',
  'rehouse',
  'carry-out',
  'learn',
  'keep',
  'maintain',
  'employ',
  'recruit',
  'restructure',
  'revamp',
  'overhaul',
  'redesign',
  'reorganise',
  'progress',
  'finalise',
  'finalize',
  'devise',
  'design',
  'plan',
  'reflect',
  'enable',
  'outline',
  'communicate',
  'welcome',
  'consult',
  'recall',
  'phone',
  'telephone',
  'email',
  'withdraw',
  'suspend',
  'reverse',
  'transfer',
  'migrate',
  'roll',
  'pilot',
  'launch',
  'address',
  'begin',
  'reconvene',
  'convene',
  'attach',
  'reclaim',
  'clean',
  'repeat',
  // instructing someone else to act ("ask the care provider to show how ...", "require its
  // contractor to ...")
  'ask',
  'require',
  // putting money or a decision right ("apply the funding to the account", "rescind the notice")
  'apply',
  'rescind',
  // dealing with an application or a record ("process this notification", "register the path",
  // "credit the account", "commission an independent review")
  'process',
  'register',
  'credit',
  'commission',
  // making contact or setting work going ("approach the respite provider", "start a review")
  'approach',
  'start',
  // giving someone a task ("assign a named officer to the case")
  'assign',
  // "extend an apology", "extend the deadline"
  'extend',
  // "reiterate to staff that ..."
  'reiterate',
  // "erect the site notices", "erect a fence"
  'erect',
  // "had enacted measures to promote an awareness of good practice"
  'enact',
  // "cover the cost of any loss"
  'cover',
  // "forward Mrs D's case to the tribunal" (only with its object: "going forward", "put forward")
  'forward',
];

const IRREGULAR: Record<string, string[]> = {
  pay: ['pays', 'paid', 'paying'],
  make: ['makes', 'made', 'making'],
  write: ['writes', 'wrote', 'written', 'writing'],
  meet: ['meets', 'met', 'meeting'],
  put: ['puts', 'putting'],
  take: ['takes', 'took', 'taken', 'taking'],
  send: ['sends', 'sent', 'sending'],
  tell: ['tells', 'told', 'telling'],
  set: ['sets', 'setting'],
  hold: ['holds', 'held', 'holding'],
  give: ['gives', 'gave', 'given', 'giving'],
  undertake: ['undertakes', 'undertook', 'undertaken', 'undertaking'],
  seek: ['seeks', 'sought', 'seeking'],
  keep: ['keeps', 'kept', 'keeping'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  stop: ['stops', 'stopped', 'stopping'],
  plan: ['plans', 'planned', 'planning'],
  carry: ['carries', 'carried', 'carrying'],
  redo: ['redoes', 'redid', 'redone'],
  refer: ['refers', 'referred', 'referring'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  apply: ['applies', 'applied'],
  transfer: ['transfers', 'transferred', 'transferring'],
  cancel: ['cancels', 'cancelled', 'canceled', 'cancelling'],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]];
  const forms = [base];
  if (base.endsWith('e')) {
    forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.push(base + 'es', base + 'ed', base + 'ing');
  } else {
    forms.push(base + 's', base + 'ed', base + 'ing');
  }
  return forms;
}

export const VERB_FORMS = new Map<string, string>();
for (const b of BASE) for (const f of inflect(b)) if (!VERB_FORMS.has(f)) VERB_FORMS.set(f, b);

/**
 * Words that are nouns as often as verbs ("the process for ...", "the housing register", "its
 * approach to ..."): a verb only when its object follows ("process this notification", "register the
 * path").
 */
const NOUN_OR_VERB =
  /^(?:process|processes|register|registers|credit|credits|commission|commissions|approach|approaches|start|starts|forward|forwards)$/i;
const OBJECT_START =
  /^\s+(?:this|that|these|those|the|its|their|his|her|any|all|each|every|a|an|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)/;
export function verbWithObject(word: string, after: string): boolean {
  return !NOUN_OR_VERB.test(word) || OBJECT_START.test(after);
}

/** Does the text hold an action verb form (in its first 400 words)? `lowerCaseOnly` leaves out
 *  capitalised words, as in a job title ("Head of Housing Support"). */
const ANY_WORD = /[A-Za-z][a-z'\u2019-]*/g;
const LOWER_WORD = /\b[a-z][a-z'\u2019-]*/g;
export function containsActionVerb(text: string, lowerCaseOnly = false): boolean {
  const words = lowerCaseOnly ? LOWER_WORD : ANY_WORD;
  words.lastIndex = 0;
  let n = 0;
  for (let m = words.exec(text); m && n < 400; m = words.exec(text), n++)
    if (actionVerb(m[0]) !== null) return true;
  return false;
}

/** The word in lower case, its hyphen after "re" dropped where the verb is listed without it
 *  ("re-consider", "re-assess"), or the prefix dropped where only the verb is listed ("re-register"). */
function listedForm(word: string): string {
  const w = word.toLowerCase();
  if (VERB_FORMS.has(w) || !w.startsWith('re-')) return w;
  return VERB_FORMS.has(`re${w.slice(3)}`) ? `re${w.slice(3)}` : VERB_FORMS.has(w.slice(3)) ? w.slice(3) : w;
}

/** Base form of an action verb form, or null. */
export function actionVerb(word: string): string | null {
  return VERB_FORMS.get(listedForm(word)) ?? null;
}

/** The base form if `word` is an imperative/base or 3rd-person present form of an action verb. */
export function presentActionVerb(word: string): string | null {
  const w = listedForm(word);
  const base = VERB_FORMS.get(w);
  if (!base) return null;
  if (w === base || w === base + 's' || w === base + 'es' || w === base.slice(0, -1) + 'ies') return base;
  if (IRREGULAR[base] && IRREGULAR[base][0] === w && (w.endsWith('s') || w.endsWith('es'))) return base;
  return null;
}

/** The base form if `word` is a past tense or past participle of an action verb. */
export function pastActionVerb(word: string): string | null {
  const w = listedForm(word);
  const base = VERB_FORMS.get(w);
  if (!base) return null;
  if (
    w.endsWith('ed') ||
    w.endsWith('en') ||
    w.endsWith('t') ||
    w === 'paid' ||
    w === 'made' ||
    w === 'held' ||
    w === 'took' ||
    w === 'gave' ||
    w === 'wrote' ||
    w === 'told' ||
    w === 'met' ||
    w === 'put' ||
    w === 'set' ||
    w === 'sought' ||
    w === 'began'
  ) {
    if (w !== base) return base;
  }
  return null;
}

/** Turning a remedy or an offer down ("Mrs X rejected the remedy ...", "refused the offer"): the
 *  words the action forms, the money guard and the refusal lead-in share. */
export const REFUSED_SOURCE = String.raw`rejected|refused|declined|turned\s+down`;
/** A remedy the organisation gave before the decision, named by its noun: "(the) action already taken",
 *  "apology already provided by the Council", "remedy it had previously offered". */
export const GIVEN_BEFORE_SOURCE =
  '(?:[\\w-]+\\s+){0,2}?(?:action|actions|steps|remed(?:y|ies)|apology|apologies|explanation|payment|refund)\\s+(?:(?:it|the\\s+(?:council|landlord|organisation|provider))\\s+(?:has|had)\\s+)?(?:already\\s+|previously\\s+)(?:taken|offered|provided|given|made|paid|put\\s+in\\s+place)\\b';

/** Nouns that name an action when they start an item ("Apology letter and payment of £500"). */
export const ACTION_NOUN_START =
  /^(?:an?\s+|the\s+|further\s+|full\s+|formal\s+|written\s+|regular\s+|additional\s+|new\s+)?(?:apology|apologies|payment|payments|training|reminder|reminders|review|reviews|audit|audits|employment|introduction|consideration|discussions?|recommendation\s+made|development|guidance|draft\s+guidance|instructions?|production|creation|implementation|revision|amendments?|changes?\s+to|update\s+to|a\s+new|refresher|workshop|briefing|reassessment|re-assessment|assessment|reimbursement|refund|compensation|memo|letter\s+of\s+apology|financial\s+(?:redress|remed(?:y|ies))|action\s+plan|practice\s+guidance|team\s+away\s+day|(?:revised|updated|improved|amended|redesigned|clearer|simplified|rewritten)\s+(?:[\w-]+\s+){0,2}?(?:templates?|template\s+letters|letters?|forms?|leaflets?|guidance|policy|policies|procedures?|process(?:es)?|website|checklists?|trackers?|systems?))\b/i;

/**
 * A remedy named by its noun ("an apology", "a symbolic payment", "£300 payment", "service
 * improvements", "cancellation of care fees"): the source of the pattern the action forms and the
 * splitter share (each anchors or joins it as it needs).
 */
export const REMEDY_NOUN_SOURCE = `(?:(?:some\\s+)?(?:(?:an?|the|further|full|formal|small)\\s+)?(?:(?:written|formal|full|partial|symbolic|financial|procedural|goodwill|individual|personal|additional|extra|further|effective|meaningful|sincere|unreserved|joint)\\s+)?(?:${POUNDS_SOURCE}\\s+)?(?:apology|apologies|payments?|remed(?:y|ies)|compensation|introduction|reminders?|review|training|audit|reassessment|re-assessment|refunds?|reimbursement|changes?|guidance|memo|letter\\s+of\\s+apology|action\\s+plan|explanation|removal|cancellation|referral(?=\\s+to\\b)|(?<=(?:written|new|fresh|reasoned)\\s)decision|(?:new|fresh|further|full|updated)\\s+assessment|(?:re)?consideration\\s+of|write-off|waiver|(?:service\\s+)?improvements?)\\b|${POUNDS_SOURCE}(?=\\s+(?:for|to\\s+(?:recognise|acknowledge|reflect|remedy)|in\\s+recognition)\\b))`;
