/**
 * Which money mentions in an action are remedy payments, to whom and what for.
 *
 * Not payments: rates (per day/week/month), ranges and sums someone claimed, fees, charges,
 * invoices, debts and amounts cancelled, written off or reduced (a debt reduction is not money paid
 * to the person), earlier offers a remedy replaces, sums already paid before the decision, the cost
 * of a service, thresholds and limits, totals across many complaints (statistics). When a total and its breakdown are both given, the
 * total counts and the parts do not. Every decision carries the id of the money rule that made it
 * (MONEY_RULES, kept as data with a reason and a fixture) and a reason; a counted payment carries
 * both into the result, with the span of its amount.
 */
import { NAMES_PERSON, TITLE_SOURCE } from './parties';
import { formatPounds, penceToPounds } from '../common/money';
import { findMoney, MoneyMention, POUNDS_SOURCE } from './money';
import { Payment, PaymentPurpose } from './types';

export interface MoneyDecision {
  mention: MoneyMention;
  payment: boolean;
  /** Ids of the money rules (MONEY_RULES) that decided it, the final one first. */
  rule: MoneyRuleId[];
  reason: string;
  payee: string | null;
  purpose: PaymentPurpose;
  /** The same amount paid to each of these people (one payment each), when the text says "each". */
  shares: string[] | null;
}

export interface PaymentAnalysis {
  payments: Payment[];
  /** Amounts in pence, aligned with payments. */
  pence: number[];
  /** The decision behind each payment (its mention in `text`, rule ids and reason), aligned with payments. */
  sources: MoneyDecision[];
  decisions: MoneyDecision[];
  warnings: string[];
}

/**
 * The rules that decide whether a money mention in an action is a remedy payment, kept as data: each
 * has an id (recorded on the payment it made, and in the explanation of every amount it set aside),
 * whether it counts the amount, a one-line reason and a fixture of our own writing in the shape of
 * real text (payments.spec.ts checks that the fixture's amount is decided by that rule).
 */
export interface MoneyRule {
  id: string;
  counted: boolean;
  reason: string;
  /** `context` is the text before the action (for a breakdown list opened above it); `sentence` the
   * whole sentence the action was split from, when it is more than the action. */
  fixture: { text: string; amount: number; context?: string; sentence?: string };
  /** More texts of our own, in other real shapes, whose amount the rule must decide too. */
  alsoMatches?: ReadonlyArray<{ text: string; amount: number; context?: string; sentence?: string }>;
}

const MONEY_RULE_LIST = [
  {
    id: 'money.rate',
    counted: false,
    reason: 'a rate (per day, week or month), not a payment',
    fixture: { text: 'pay Ms C £50 a week until the placement starts', amount: 50 },
    alsoMatches: [
      { text: 'pay Mr D £150 for each further month he stays in the hostel after 1 May', amount: 150 },
    ],
  },
  {
    id: 'money.range',
    counted: false,
    reason: 'a range of amounts (an estimate or a claim), not a payment',
    fixture: { text: 'consider a payment of £200 to £400 for the distress caused', amount: 200 },
  },
  {
    id: 'money.range-upper',
    counted: false,
    reason: 'the upper end of a range, not a payment',
    fixture: { text: 'the repairs would cost between £900 and £1,200 in all', amount: 1200 },
  },
  {
    id: 'money.threshold',
    counted: false,
    reason: 'a threshold or limit, not a payment',
    fixture: { text: 'reassess Mr D as he had savings of £23,250 at the time', amount: 23250 },
  },
  {
    id: 'money.statistics',
    counted: false,
    reason: 'an average, a yearly total or a comparison (statistics), not a payment',
    fixture: { text: 'the Council paid an average of £310 in remedies during 2023/24', amount: 310 },
  },
  {
    id: 'money.statistics-total',
    counted: false,
    reason: 'a total across several complaints (statistics), not a payment',
    fixture: { text: 'The Council paid £4,200 to 11 complainants this year', amount: 4200 },
  },
  {
    id: 'money.claimed',
    counted: false,
    reason: 'an amount someone asked for or claimed, not a payment',
    fixture: { text: 'Mr F wants the £1,800 he says he lost refunded', amount: 1800 },
  },
  {
    id: 'money.debt-cancelled',
    counted: false,
    reason: 'a debt or charge cancelled, written off or reduced (not money paid to the person)',
    fixture: {
      text: 'cancel the invoices for the visits that did not take place, totalling £612.40',
      amount: 612.4,
    },
  },
  {
    id: 'money.replaced-offer',
    counted: false,
    reason: 'an earlier offer that this remedy replaces, not a further payment',
    fixture: { text: 'pay Mrs E £350, instead of the £100 it offered at stage two', amount: 100 },
  },
  {
    id: 'money.deducted',
    counted: false,
    reason: 'a sum taken off the remedy (already paid or received), not a payment of it',
    fixture: {
      text: 'pay Mr K his lost allowance from May 2019, less any payments it has made to him in that time, such as £600 for a bed',
      amount: 600,
    },
  },
  {
    id: 'money.offer-added-to',
    counted: false,
    reason: 'an earlier offer the new payment is added to, not a further payment',
    fixture: {
      text: 'pay Mr and Mrs T an additional £400, to the £400 it has already offered, for their distress',
      amount: 400,
    },
    alsoMatches: [{ text: 'pay Ms R £300 on top of the £150 it offered at stage two', amount: 150 }],
  },
  {
    id: 'money.already-paid',
    counted: false,
    reason: 'a sum already paid before this decision, not a remedy it makes',
    fixture: { text: 'pay Mr G £200, in addition to the £75 it has already paid', amount: 75 },
    alsoMatches: [
      { text: 'pay Mr G £250 for his time and trouble (£50 of which had already been paid)', amount: 50 },
    ],
  },
  {
    id: 'money.charge',
    counted: false,
    reason: 'a fee, charge, invoice, debt or reduction, not a payment',
    fixture: { text: 'explain to Ms H how her weekly contribution of £85 was worked out', amount: 85 },
    alsoMatches: [
      { text: 'Mrs J made a payment of £300 towards her rent arrears in May', amount: 300 },
      { text: 'the Council will cancel the invoice for compensation of £600 it sent Mrs D', amount: 600 },
    ],
  },
  {
    id: 'money.cost',
    counted: false,
    reason: 'the cost of a service, not a payment',
    fixture: { text: 'arrange the stairlift, which would cost £3,000, within three months', amount: 3000 },
  },
  {
    id: 'payment.rate-total',
    counted: true,
    reason: 'the total of a rate over a period',
    fixture: { text: 'pay Ms J £40 a week for the 10 weeks without tuition, a total of £400', amount: 400 },
  },
  {
    id: 'payment.listed',
    counted: true,
    reason: 'remedy payment (an amount in a list after a payment)',
    fixture: { text: 'pay the first family £300, the second £150', amount: 150 },
  },
  {
    id: 'payment.named-item',
    counted: true,
    reason: 'remedy payment (an amount alone as one of the remedies a sentence names)',
    fixture: {
      text: '£300',
      amount: 300,
      sentence:
        'We consider the agreed actions of an apology, £300 and procedural improvements are a suitable remedy.',
    },
  },
  {
    id: 'payment.shared-verb',
    counted: true,
    reason: 'remedy payment (a second amount split from the payment before it, sharing its verb)',
    fixture: {
      text: '£150 for the effort she was put to in pursuing this complaint.',
      amount: 150,
      sentence:
        'pays Mrs K £400 for the avoidable distress and £150 for the effort she was put to in pursuing this complaint.',
    },
  },
  {
    id: 'money.no-payment-wording',
    counted: false,
    reason: 'no payment wording near the amount',
    fixture: { text: 'tell Mr N what the £2,000 set aside for his adaptations was spent on', amount: 2000 },
  },
  {
    id: 'payment.remedy',
    counted: true,
    reason: 'remedy payment (payment wording next to the amount)',
    fixture: { text: 'pay Mrs K £250 to acknowledge the distress caused', amount: 250 },
    alsoMatches: [
      { text: 'has cancelled the penalty charge notice and offered compensation of £75', amount: 75 },
    ],
  },
  {
    id: 'money.part-of-total',
    counted: false,
    reason: 'part of a total stated with it, not counted again',
    fixture: {
      text: 'pay Mr L £450, made up of £300 for his distress and £150 for his time and trouble',
      amount: 300,
    },
    alsoMatches: [
      {
        text: 'pay £600 compensation (inclusive of the £150 previously offered) for the distress caused',
        amount: 150,
      },
      // the breakdown announced later in the total's sentence, and a sum a part includes
      {
        text: 'pay the resident £650 compensation to recognise the distress caused by its failures, made up as follows: £500 for its handling of the leak (inclusive of the £125 previously offered). £150 for its complaint handling.',
        amount: 500,
      },
      {
        text: 'pay the resident £650 compensation to recognise the distress caused by its failures, made up as follows: £500 for its handling of the leak (inclusive of the £125 previously offered). £150 for its complaint handling.',
        amount: 125,
      },
    ],
  },
  {
    id: 'money.part-of-total-above',
    counted: false,
    reason: 'part of a total whose breakdown list began above, not counted again',
    fixture: {
      text: '£600 for the distress caused by the delay',
      amount: 600,
      context: 'pay the resident £1,450, made up of:\na. £850 for the loss of use of the kitchen;\n',
    },
  },
  {
    id: 'payment.total-of-parts',
    counted: true,
    reason: 'a total stated after its parts: the total counts once',
    fixture: {
      text: 'pay £100 to his brother and £100 to his sister for their distress, a total of £200',
      amount: 200,
    },
  },
  {
    id: 'money.restated',
    counted: false,
    reason: 'the same amount stated again for the same remedy',
    fixture: { text: 'pay Ms M £500 for her distress. I consider £500 is a suitable remedy', amount: 500 },
  },
] as const satisfies readonly MoneyRule[];

export type MoneyRuleId = (typeof MONEY_RULE_LIST)[number]['id'];
export const MONEY_RULES: Readonly<Record<MoneyRuleId, MoneyRule>> = Object.fromEntries(
  MONEY_RULE_LIST.map((r) => [r.id, r]),
) as Record<MoneyRuleId, MoneyRule>;

/** Rates and the totals made from them: a later total may be the total of a rate. */
const RATE_RULES: ReadonlySet<MoneyRuleId> = new Set(['money.rate', 'payment.rate-total']);
/** Amounts that are never the parts of a total: rates, ranges, thresholds and statistics. */
const NOT_PARTS: ReadonlySet<MoneyRuleId> = new Set([
  ...RATE_RULES,
  'money.range',
  'money.range-upper',
  'money.threshold',
  'money.statistics',
  'money.statistics-total',
]);
const CLAIM_RULES: ReadonlySet<MoneyRuleId> = new Set(['money.claimed', 'money.range', 'money.range-upper']);

/** A later rule changes an earlier decision: its id goes first, the earlier ones stay behind it. */
function redecide(d: MoneyDecision, id: MoneyRuleId, reason: string): void {
  d.payment = MONEY_RULES[id].counted;
  d.rule = [id, ...d.rule.filter((r) => r !== id)];
  d.reason = reason;
}

const RATE_AFTER =
  /^\s*(?:\)\s*)?(?:per|a|an|(?:for\s+)?(?:each|every)|\/)(?:\s+(?:additional|further|extra|future|subsequent|full))*\s*(?:calendar\s+)?(?:day|week|fortnight|month|year|night|hour|session|term|annum|visit|journey|trip|mile)s?\b|^\s*(?:pcm|p\/?m|pw|p\.w\.|pa|p\.a\.|daily|weekly|monthly|nightly|hourly|a\s+head)\b/i;
const RATE_BEFORE =
  /(?:@|\bat\s+(?:a\s+rate\s+of\s+)?|\brate\s+of\s+|\bcharg(?:ing|ed|es)\s+(?:an?\s+(?:additional|extra)\s+)?)\s*$/i;
const RANGE = /^\s*(?:-|–|to)\s*£\s?\d/i;
// ("£200 and £100" is two amounts; "between £200 and £300" is a range: RANGE_BEFORE)
const RANGE_BEFORE = /\b(?:between|from|up\s+to|around|about|approximately|roughly|almost|nearly)\s+$/i;
const THRESHOLD_BEFORE =
  /\b(?:over|under|above|below|more\s+than|less\s+than|exceed(?:s|ed|ing)?|threshold\s+of|limit\s+of|savings\s+of|capital\s+of|up\s+to|at\s+least|minimum\s+of|maximum\s+of|no\s+more\s+than)\s+$/i;
const CHARGE_NEAR =
  /\b(?:fees?|charges?|charged|invoices?|invoiced|bills?|debts?|arrears|owed|owes|owing|outstanding|balance|rent|service\s+charges?|fines?|penalty|penalties|contributions?|top[\s-]?ups?|written\s+off|write[\s-]off|writing\s+off|waived?|reduced?|reduction|deduct(?:ed|ion)?|overpayment|underpayment|budget|grant\s+of|price|valued?|worth)\b/i;
/**
 * A debt cancelled, written off, waived or reduced ("cancel the invoices for the care not delivered,
 * totalling £1,846.20"): the verb governs the amount when no payment verb comes between them.
 */
const DEBT_VERB_BEFORE =
  /\b(?:cancel(?:s|led|ling)?|write\s+off|writes\s+off|writing\s+off|written\s+off|wrote\s+off|waive[sd]?|waiving|withdraw(?:s|n|ing)?|withdrew|wipe[sd]?\s+out|reduce[sd]?|reducing)\b(?![^£]*\b(?:pay|pays|paying|paid|payments?|refund\w*|reimburs\w*|repay\w*|compensat\w*|award\w*|offer\w*|give|gives|giving)\b)[^£.;:]{0,120}$/i;
/** A deduction from the remedy: "less any payments it has made ..., such as £800 for carpets". */
const DEDUCTED_BEFORE =
  /\b(?:less|minus|after\s+deducting|net\s+of)\s+(?:any|the|all)\b(?![^£;)]*\b(?:plus|and\s+(?:a\s+)?(?:further|additional|pay)|together\s+with|as\s+well\s+as)\b)[^£;)]{0,200}$/i;
/** An earlier offer that this remedy replaces ("instead of the £100 it offered"). */
const REPLACED_BEFORE =
  /\b(?:instead\s+of|in\s+place\s+of|replac(?:es|ed|ing|e)|rather\s+than|supersed(?:es|ed|ing|e))\b[^£.;]{0,60}$/i;
/** A sum a new payment is added to ("an additional £500, to the £500 it has already offered", "on top of
 *  the £150 it offered"), when the words after it say it was offered. */
const ADDED_TO_BEFORE =
  /\b(?:in\s+addition\s+to|on\s+top\s+of|additional\s+£\s?[\d,.]+\s*,?\s*to)\s+the\s*$/i;
const OFFERED_AFTER =
  /^\s*(?:(?:it|they|the\s+(?:council|landlord|provider|care\s+provider))\s+(?:has\s+|have\s+|had\s+)?)?(?:already\s+)?offered\b/i;
/** A sum already paid before this decision ("in addition to the £100 it has already paid"). */
const ALREADY_PAID_AFTER =
  /^\s*(?:that\s+|which\s+|of\s+which\s+)?(?:(?:it|they|the\s+(?:council|landlord|trust|provider))\s+(?:has|have|had)\s+already\s+paid|(?:was|has\s+been|had\s+been)\s+already\s+paid|(?:(?:was|were|has|have|had)\s+)?(?:been\s+)?already\s+(?:been\s+)?paid)\b/i;
/** A breakdown that follows a total at once: "£600 (£400 for ...)", "£600: £400 ...", "£600, being £400 ...". */
const BREAKDOWN_AT_ONCE = /^\s*(?:\(|:|,?\s*being\b|,?\s*that\s+is\b)\s*£/i;
const COST_NEAR = /\b(?:costs?|costing|would\s+cost|amount\s+to|estimated|quote[ds]?|value\s+of)\b/i;
const PAY_VERB =
  /\b(?:pay|pays|paid|paying|payment|payments|refund|refunds|refunded|reimburse|reimburses|reimbursed|reimbursement|repay|repaid|repayment|compensat\w*|award|awarded|remedy|remedies|redress|recompense|settlement|symbolic|in\s+recognition|to\s+recognise|to\s+acknowledge|acknowledge|goodwill|gesture|offer(?:ed|s)?|received?|backdat\w*|settle[sd]?\s+(?:the|its|an?|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:invoices?|bills?|accounts?|fees|arrears|debts?))\b/i;
const CLAIM_NEAR =
  /\b(?:claim(?:s|ed|ing)?|says?|said|asks?\s+for|asked\s+for|asking\s+for|wants?|wanted|seeks?|sought|seeking|requested|requests?|demand(?:s|ed)?|believes?|considers?\s+(?:this|it)\s+(?:is\s+)?insufficient|would\s+amount\s+to|wished|hoped)\b/i;
/** An amount offered by name, whatever charge stands near ("cancelled the penalty charge notice and
 *  offered compensation of £75"); not "cancel the invoice for compensation of £600" nor "made a payment
 *  of £300 towards her arrears". */
const OFFERED_BEFORE =
  /\boffer(?:s|ed|ing)?\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+)?(?:compensation|payment)\s+of\s*$/i;
const STATS_SENTENCE =
  /\bpaid\s+out\b|\bin\s+(?:final\s+decisions|settlements?)\b|\bsettlement\s+amounts\b|\ba\s+total\s+of\s+£[\d,.]+\s+(?:was\s+)?(?:paid\s+)?to\s+\d+\s|\bto\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:complainants|complaints|people|families|residents|cases|customers|service\s+users)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+complainants\s+(?:were|have\s+been)\s+paid\b/i;
/** A yearly figure, an average, an extreme or a comparison: statistics about many cases (not the
 *  payments to one person, "payments to Ms B totalling £5,304.37"). */
const STATS_BEFORE =
  /\b(?:averag(?:e|ed|es|ing)|median|mean)\b[^.;£]{0,40}$|\b(?:largest|highest|smallest|lowest|biggest)\s+(?:single\s+|individual\s+)?(?:payment|award|remedy|amount|sum|settlement)s?\b[^.;£]{0,30}$|\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|an?\s+(?:increase|decrease|rise|fall)\s+(?:of|from))\s*$|\bpayments\s+(?!(?:\w+\s+){0,2}?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)(?:\w+\s+){0,3}(?:totall?ing|amounting\s+to|worth)\s*$/i;
const STATS_AFTER =
  /^\s*(?:in|of|on|across)\s+(?:(?:financial|personal|compensation|remedy|goodwill|total)\s+)?(?:remedies|payments|redress|compensation\s+payments|settlements)\b|^\s*(?:in|during|for)\s+(?:the\s+)?(?:20\d\d\s?[/\u2013-]\s?(?:20)?\d\d|(?:previous|last|prior|current|financial)\s+year)\b|^\s*(?:on\s+average|per\s+(?:case|complaint|complainant))\b/i;
/** A count of complaints or cases next to an aggregate word: the sentence reports many cases. */
const COUNT_OF_CASES =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|all)\s+(?:\w+\s+){0,2}(?:complaints|cases|complainants|investigations|decisions|households|people|families)\b|\bacross\s+(?:all|the|its|our)\s+(?:\w+\s+){0,2}(?:complaints|cases|decisions)\b/i;
const AGGREGATE =
  /\btotall?(?:ing|ed)\b|\btotal\s+of\b|\bin\s+total\b|\bacross\b|\bin\s+all\b|\bcombined\b|\baltogether\b/i;

const BREAKDOWN =
  /\b(?:made\s+up\s+of|calculated\s+as\s+follows|calculated\s+as|comprising|comprised\s+of|compris(?:es|e)|consist(?:s|ing)\s+of|broken\s+down|break\s*down|as\s+follows|this\s+is\s+for|which\s+(?:is|includes)|includes?|including|inclusive\s+of(?=\s+(?:the\s+)?£))\b/i;
/** A breakdown announced later in the total's sentence: "£650 compensation to recognise the distress
 *  and inconvenience caused by its failures, made up as follows: £500 ...". */
const BREAKDOWN_LATER =
  /^[^.;£]{0,160}?\b(?:made\s+up\s+(?:as\s+follows|of)|comprised\s+of|broken\s+down\s+(?:as\s+follows|into))\b/i;
const INCLUDED_BEFORE = /\b(?:inclusive\s+of|including)\s+(?:the\s+)?$/i;
const TOTAL_BEFORE = /\b(?:a\s+total\s+of|in\s+total|total(?:ling)?|altogether|overall)\s*(?:of\s+)?$/i;
const TOTAL_AFTER = /^\s*(?:in\s+total|altogether|overall|in\s+all)\b/i;
const EACH_AFTER = /^\s*\(?\s*each(?:\s+council)?\s*\)?/i;

const PSEUDONYM =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+and\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z](?![A-Za-z]))(?:\s+and\s+[A-Z](?![A-Za-z]))?/g;

function purposeOf(window: string): PaymentPurpose {
  const w = window.toLowerCase();
  if (/\bsymbolic\b/.test(w)) return 'symbolic';
  if (/\bbackdat|\bback[\s-]dat|\barrears\s+of\s+(?:benefit|support|allowance)/.test(w))
    return 'backdated_support';
  if (/\brefund/.test(w)) return 'refund';
  if (
    /\blost\s+(?:\w+\s+){0,2}(?:therapy|education|provision|respite|care|support|service|sessions?|tuition|schooling)\b/.test(
      w,
    )
  )
    return 'loss_of_service';
  if (
    /\breimburs|\bfinancial\s+loss|\bcosts?\s+(?:she|he|they|mrs|mr|ms|miss)\b|\bcosts?\s+incurred|\bexpenses|\bout\s+of\s+pocket|\bloss\s+of\s+(?:income|earnings|benefit)/.test(
      w,
    )
  )
    return 'financial_loss';
  if (
    /\bloss\s+of\s+(?:service|education|provision|respite|care|support|opportunity)|\bmissed\s+(?:education|provision|school|respite|care)|\bwithout\s+(?:education|provision|care|support)|\bnot\s+receiv|\bprovision\s+(?:she|he|they)\s+missed|\beducation\s+(?:\w+\s+){0,2}missed|\bmonths?\s+of\s+(?:reduced|no|missed|lost)\s+provision/.test(
      w,
    )
  )
    return 'loss_of_service';
  const distress =
    /\bdistress|\bupset|\bfrustration|\buncertainty|\banxiety|\bworry|\bhurt|\binjustice|\bimpact\b|\bharm|\bstress|\bembarrass|\blost\s+opportunity|\bloss\s+of\s+opportunity/.test(
      w,
    );
  const trouble = /\btime\s+and\s+trouble|\btrouble\b|\btime\s+(?:\w+\s+){0,2}spent\b/.test(w);
  if (trouble && !distress) return 'time_and_trouble';
  if (distress) return 'distress';
  if (trouble) return 'time_and_trouble';
  return 'unspecified';
}

const PAYEE =
  "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+and\\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z]|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z](?![A-Za-z]))(?:['\\u2019]s\\s+(?:son|daughter|brother|sister|mother|father|husband|wife|partner|estate|family|representative|grandson|granddaughter|niece|nephew|carer|parents|child|children))?(?:\\s+and\\s+[A-Z](?![A-Za-z]))?";
const PAYEE_AFTER = new RegExp(
  `^\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:each\\s+)?(?:payable\\s+)?to\\s+(${PAYEE}|the\\s+complainant|the\\s+(?:family|estate|parents?|resident|tenant|household)|(?:her|his|their)\\s+(?:\\w+\\s+)?(?:son|daughter|mother|father|family|estate|husband|wife|partner))`,
);
const PAYEE_RIGHT_BEFORE = new RegExp(`(?:^|\\b(?:pay|pays|paid|paying|and|,)\\s+)(${PAYEE})\\s*$`);
const PAYEE_WITH_VERB = new RegExp(
  `\\b(?:pay|pays|paid|paying|reimburse|refund|offer|offered|give|gave)\\s+(${PAYEE}|the\\s+complainant|the\\s+resident|the\\s+tenant|him|her|them)\\b[^£]{0,40}$`,
  'i',
);

/** The nearest earlier pseudonym in `scope` that a pronoun ("her", "him", "them") can stand for. */
function pronounPayee(pron: string, scope: string, others: readonly string[] = []): string | null {
  let last: string | null = null;
  PSEUDONYM.lastIndex = 0;
  for (let p = PSEUDONYM.exec(scope); p; p = PSEUDONYM.exec(scope)) {
    const name = p[0];
    // ("pay her and Mrs Y": "her" is not Mrs Y)
    if (others.includes(tidyPayee(name))) continue;
    if (pron === 'them' && !/\band\b/.test(name)) continue;
    if (pron === 'her' && /^(?:Mr)\b/.test(name)) continue;
    if (pron === 'him' && /^(?:Mrs|Ms|Miss)\b/.test(name)) continue;
    last = name;
  }
  return last ? tidyPayee(last) : null;
}

/** The payee for a mention at `at` in `text`; `context` is earlier text used for pronouns. */
function payeeOf(text: string, m: MoneyMention, context: string): string | null {
  const after = text.slice(m.end, m.end + 90);
  const to = PAYEE_AFTER.exec(after);
  if (to) return tidyPayee(to[1]);
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  const right = PAYEE_RIGHT_BEFORE.exec(before);
  if (right) return tidyPayee(right[1]);
  const direct = PAYEE_WITH_VERB.exec(before);
  const make = /\bmake\s+(him|her|them)\s+an?\s+(?:\w+\s+){0,3}payment\s+of\s*$/i.exec(before);
  const pron = (direct?.[1] ?? make?.[1] ?? '').toLowerCase();
  if (direct && !/^(?:him|her|them)$/i.test(direct[1])) return tidyPayee(direct[1]);
  if (pron) return pronounPayee(pron, context + ' ' + text.slice(0, m.start));
  if (/\bto\s+(?:the\s+)?complainant\b/i.test(after)) return 'the complainant';
  return null;
}

const TITLE = `${TITLE_SOURCE}\\.?`;
const PERSON = `${TITLE}\\s+(?:and\\s+${TITLE}\\s+)?[A-Z](?![A-Za-z])`;
// (the last may be a child named by a letter alone: "Mrs X and Y")
const LETTER_PERSON = "[A-Z](?![A-Za-z\u2019'])";
const PEOPLE = `${PERSON}(?:\\s*,\\s*${PERSON})*(?:\\s*,?\\s*(?:and|&)\\s+(?:${PERSON}|${LETTER_PERSON}))?`;
const COUNTED = '(?:two|three|four|five|six|2|3|4|5|6|both)';
/** A person and a relative named by the relation ("Mrs H and her daughter"). */
const RELATIVE =
  '(?:her|his|their)\\s+(?:son|daughter|husband|wife|partner|mother|father|brother|sister|child|grandson|granddaughter)';
const WITH_RELATIVE = new RegExp(`^(${PERSON})\\s+and\\s+(${RELATIVE})$`);
const EACH_TO_PEOPLE = new RegExp(
  `^\\s*(?:each\\s+to\\s+(?:each\\s+of\\s+)?|to\\s+(?:each\\s+of|both)\\s+)(${PERSON}\\s+and\\s+${RELATIVE}\\b|${PEOPLE}|(?:her|his|their|the)\\s+${COUNTED}\\s+[a-z]+)|^\\s*to\\s+(${PEOPLE})\\s+each\\b`,
);
const PEOPLE_BEFORE_EACH = new RegExp(
  `\\b(?:pay|pays|paying|paid|give|offer)\\s+(?:each\\s+of\\s+|both\\s+)?(?:(her|him)\\s+and\\s+)?(${PEOPLE})\\s*$`,
);
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };

/** Names in a list of people ("Mr K and Ms K", "Mr and Mrs T" is two people). */
function peopleIn(list: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`${PERSON}|(?<=(?:\\band|&)\\s+)${LETTER_PERSON}`, 'g');
  for (let p = re.exec(list); p; p = re.exec(list)) {
    const couple = /^(\S+)\s+and\s+(\S+)\s+([A-Z])$/.exec(p[0].replace(/\s+/g, ' '));
    if (couple) out.push(`${couple[1]} ${couple[3]}`, `${couple[2]} ${couple[3]}`);
    else out.push(tidyPayee(p[0]));
  }
  return out;
}

/**
 * "£200 each to Mr K and Ms K", "pay Mr and Mrs T £150 each", "£100 each to her two sons", "£100
 * each to Mrs H and her daughter": one
 * payment per person. "£250 (each council)" is a share paid by each of several bodies, not this.
 */
function eachPayees(text: string, m: MoneyMention, context: string): string[] | null {
  const after = text.slice(m.end, m.end + 90);
  const to = EACH_TO_PEOPLE.exec(after);
  if (to) {
    const list = to[1] ?? to[2];
    const counted = new RegExp(`^(?:her|his|their|the)\\s+(${COUNTED})\\s+([a-z]+)$`).exec(list);
    if (counted) {
      const n = NUMBER_WORDS[counted[1]] ?? Number(counted[1]);
      return Array.from({ length: n }, () => tidyPayee(list));
    }
    const relative = WITH_RELATIVE.exec(list.replace(/\s+/g, ' '));
    if (relative) return [tidyPayee(relative[1]), tidyPayee(relative[2])];
    const people = peopleIn(list);
    return people.length >= 2 ? people : null;
  }
  if (
    !/^\s*each\b(?!\s*(?:council|body|authority|organisation|landlord|of\s+the\s+(?:councils|bodies)))/i.test(
      after,
    )
  )
    return null;
  const from = Math.max(0, m.start - 90);
  const before = PEOPLE_BEFORE_EACH.exec(text.slice(from, m.start));
  if (!before) return null;
  // "pays her and Mrs Y £200 each": the pronoun is the person named before
  const named = peopleIn(before[2]);
  const pronoun = before[1]
    ? pronounPayee(before[1], context + ' ' + text.slice(0, from + before.index), named)
    : null;
  const people = [...(pronoun ? [pronoun] : []), ...named];
  return people.length >= 2 ? people : null;
}

function tidyPayee(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What the amount is for: the words after it (to the next amount), else the clause before it. */
function purposeWindow(text: string, mentions: MoneyMention[], i: number): PaymentPurpose {
  const m = mentions[i];
  const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
  const after = text.slice(m.end, Math.min(nextStart, m.end + 200));
  const p = purposeOf(after.split(/[.;]\s/)[0]);
  if (p !== 'unspecified') return p;
  return purposeOf(windowOf(text, mentions, i));
}

/** The clause around a mention, up to the neighbouring mentions or sentence ends. */
function windowOf(text: string, mentions: MoneyMention[], i: number): string {
  const m = mentions[i];
  const prevEnd = i > 0 ? mentions[i - 1].end : 0;
  const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
  let s = Math.max(prevEnd, m.start - 160);
  const stop = text.lastIndexOf('. ', m.start);
  if (stop >= s) s = stop + 1;
  // "Settle the invoice with the care home. This is £19,898.": the sentence before says what it is for
  if (
    stop >= 0 &&
    /^\s*(?:this|that|which|the\s+(?:amount|sum|total))\s+(?:is|comes\s+to|amounts\s+to|totals)\s*$/i.test(
      text.slice(stop + 1, m.start),
    )
  )
    s = Math.max(prevEnd, text.lastIndexOf('. ', stop - 1) + 1, m.start - 300);
  let e = Math.min(nextStart, m.end + 200);
  const fs = text.indexOf('. ', m.end);
  if (fs >= 0 && fs < e) e = fs;
  return text.slice(s, e);
}

/** Between two amounts of one list: ", the third ", " and the fourth family ", " and ". */
// (or the next sub-bullet of the task's own list: "• School 1 - £568" / "• School 2 - £943")
const LIST_CONTINUES =
  /^(?=[^.;:£\n]{0,50}$)[^.;:£\n]*(?:,|\band\b)[^.;:£\n]*$|^[\s;,]*(?:\u2022|\n[ \t]*[-*])[ \t]*[^.;:£\n\u2022]{0,40}$/i;

const TASK_REFUNDS = /^\s*(?:refund|reimburse|repay)\b/i;

const LIST_OPENER =
  /^[^£.\n]{0,40}?\b(?:made\s+up\s+(?:as\s+follows|of)|comprising|comprised\s+of|compris(?:es|e)|consist(?:s|ing)\s+of|broken\s+down\s+(?:as\s+follows|into)|(?:calculated|set\s+out)\s+as\s+follows|as\s+follows)(?:\s*(?::|\n)|\s+£)/i;

/**
 * When the text before this action opened a breakdown list ("pay the resident £1,450, made up of:")
 * whose parts so far do not reach the total, the amount of the total not yet accounted for (pence).
 */
function openBreakdown(context: string): { total: number; left: number } | null {
  const ms = findMoney(context);
  for (let k = ms.length - 1; k >= 0; k--) {
    if (!LIST_OPENER.test(context.slice(ms[k].end, ms[k].end + 80))) continue;
    let sum = 0;
    for (const p of ms.slice(k + 1)) {
      if (!RATE_AFTER.test(context.slice(p.end, p.end + 30))) sum += p.pence;
    }
    return sum < ms[k].pence ? { total: ms[k].pence, left: ms[k].pence - sum } : null;
  }
  return null;
}

/**
 * Analyse the money in one action's text. `sentence` is the whole sentence (or item) the action came
 * from, used for statistics and claims; `context` is earlier text for resolving "her"/"them".
 */
/** An action that is only an amount ("£100", "£100,"). */
const BARE_AMOUNT = new RegExp(`^\\s*${POUNDS_SOURCE}\\s*[.,;]?\\s*$`);
/** A payment verb and its amount before a second amount in the same sentence ("pay Mr X £400 for ... and "). */
const PAID_BEFORE = new RegExp(
  `\\b(?:pay|pays|paying|refund|refunds|reimburse|reimburses)\\b[^.;]{0,120}?${POUNDS_SOURCE}[^.;£]{0,200}\\band\\s+(?:a\\s+further\\s+|an?\\s+additional\\s+)?$`,
  'i',
);
/** A sentence naming a remedy: "... are a suitable remedy", "... remedies the injustice". */
const REMEDY_NAMED = /\bremed(?:y|ies)\b/i;

export function analysePayments(text: string, sentence: string, context: string): PaymentAnalysis {
  const mentions = findMoney(text);
  const decisions: MoneyDecision[] = [];
  const warnings: string[] = [];
  const statsSentence = STATS_SENTENCE.test(sentence);
  const manyCases = COUNT_OF_CASES.test(sentence) && AGGREGATE.test(sentence);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 50);
    const near = text.slice(Math.max(0, m.start - 45), Math.min(text.length, m.end + 30));
    const clauseStart = Math.max(
      text.lastIndexOf(';', m.start),
      text.lastIndexOf('. ', m.start),
      text.lastIndexOf(':', m.start),
    );
    const clause = text.slice(clauseStart + 1, m.start);
    const win = windowOf(text, mentions, i);
    /** `payee`: when known from elsewhere (the payment a split part shares its verb with). */
    const decide = (id: MoneyRuleId, payee?: string | null): void => {
      const payment = MONEY_RULES[id].counted;
      decisions.push({
        mention: m,
        payment,
        rule: [id],
        reason: MONEY_RULES[id].reason,
        payee: payment ? (payee !== undefined ? payee : payeeOf(text, m, context)) : null,
        purpose: payment ? purposeWindow(text, mentions, i) : 'unspecified',
        shares: payment ? eachPayees(text, m, context) : null,
      });
    };
    if (RATE_AFTER.test(after) || RATE_BEFORE.test(before)) {
      decide('money.rate');
      continue;
    }
    if (RANGE.test(after) || (RANGE_BEFORE.test(before) && /^\s*(?:and|to|-|–)\s*£/.test(after))) {
      decide('money.range');
      continue;
    }
    if (
      /(?:-|–|\bto|\band)\s*$/.test(before) &&
      i > 0 &&
      mentions[i - 1].end >= m.start - 8 &&
      RANGE_BEFORE.test(text.slice(Math.max(0, mentions[i - 1].start - 20), mentions[i - 1].start))
    ) {
      decide('money.range-upper');
      continue;
    }
    // ("pay Mrs X at least £200", "a payment of over £1,000" are remedies; "settle any compensation
    // payments up to £2000" and "a payment above £2,000" are limits of a power)
    if (
      THRESHOLD_BEFORE.test(before) &&
      (!/\b(?:pay|payment)\b/i.test(before.slice(-25)) ||
        /\bpayments?\s+(?:above|over|exceeding|below|under|up\s+to)\s+$/i.test(before) ||
        /\bany\s+(?:[\w-]+\s+){0,2}payments?\b/i.test(before))
    ) {
      decide('money.threshold');
      continue;
    }
    if (STATS_BEFORE.test(before) || STATS_AFTER.test(after)) {
      decide('money.statistics');
      continue;
    }
    if (statsSentence || (manyCases && payeeOf(text, m, '') === null)) {
      decide('money.statistics-total');
      continue;
    }
    const payVerbNear =
      PAY_VERB.test(before.slice(-45)) ||
      // "The Council offered £100. We recommended it increase this to £300": the payment raised
      /\b(?:increase|increases|increased|raise|raises|raised)\s+(?:this|it|that|the\s+(?:payment|offer|amount|sum|remedy|award))\s+to\s*$/i.test(
        before.slice(-45),
      ) ||
      // "... and a further £200 for Ms Y's time and trouble": a further amount of the same remedy
      /\b(?:a\s+)?(?:further|additional|extra)\s*$/i.test(before) ||
      /^\s*(?:\([^)]*\)\s*)?(?:to\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|the|her|his|their|him|them)|in\s+recognition|to\s+(?:recognise|acknowledge|reflect|remedy)|for\s+(?:the\s+)?(?:distress|time|trouble|her|his|their|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s+[A-Z][\w\u2019']*\s+(?:time|trouble|distress|frustration|upset|uncertainty)|loss|missed|uncertainty|frustration|failure|not|the\s+(?:uncertainty|frustration|impact|injustice|distress|consequence))|as\s+a\s+(?:symbolic|goodwill|token)|token|symbolic|for\s+(?:the\s+)?(?:delay|avoidable|benefit\s+of))/i.test(
        after,
      );
    // (or the task opens with it and the amount is in its own list: "reimburse the costs ...: • School 1 - £568")
    const refundVerb =
      /\b(?:refund|reimburse|repay|repaid|refunded|reimbursed)\b/i.test(clause.slice(-60)) ||
      (TASK_REFUNDS.test(text) &&
        /:\s*\u2022[^:]*$/.test(text.slice(0, m.start)) &&
        /\u2022[^\u2022.;]{0,40}$/.test(text.slice(0, m.start)));
    if (
      CLAIM_NEAR.test(clause) &&
      !/\b(?:agreed|recommend|should|will|must|remedy|paid\s+(?:him|her|them|Mr|Mrs|Ms|Miss))\b/i.test(
        clause,
      ) &&
      // "he said compensation of £900 had been paid": reported as done, not asked for
      !/^\s*(?:had|has|have)\s+(?:now\s+)?(?:been\s+)?(?:paid|awarded|made|refunded|given)\b/i.test(after)
    ) {
      decide('money.claimed');
      continue;
    }
    if (DEBT_VERB_BEFORE.test(clause.slice(-160))) {
      decide('money.debt-cancelled');
      continue;
    }
    if (REPLACED_BEFORE.test(before)) {
      decide('money.replaced-offer');
      continue;
    }
    if (DEDUCTED_BEFORE.test(clause.slice(-240))) {
      decide('money.deducted');
      continue;
    }
    if (ADDED_TO_BEFORE.test(before) && OFFERED_AFTER.test(after)) {
      decide('money.offer-added-to');
      continue;
    }
    if (ALREADY_PAID_AFTER.test(after)) {
      decide('money.already-paid');
      continue;
    }
    if (
      CHARGE_NEAR.test(near) &&
      !refundVerb &&
      !OFFERED_BEFORE.test(before) &&
      !/\b(?:pay|pays|paying)\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|him|her|them|the\s+complainant)\b/i.test(before)
    ) {
      decide('money.charge');
      continue;
    }
    if (COST_NEAR.test(before.slice(-40)) && !payVerbNear && !refundVerb) {
      decide('money.cost');
      continue;
    }
    const totalHere =
      TOTAL_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)) ||
      TOTAL_AFTER.test(text.slice(m.end, m.end + 15));
    const rateBefore = decisions.find(
      (d) => RATE_RULES.has(d.rule[0]) && d.mention.end <= m.start && m.start - d.mention.end < 160,
    );
    if (
      totalHere &&
      rateBefore &&
      (PAY_VERB.test(clause) ||
        PAY_VERB.test(text.slice(Math.max(0, rateBefore.mention.start - 60), m.start)))
    ) {
      // "pay Ms C £50 a week for the 12 weeks ..., a total of £600", "Make a payment of £50 per
      // month ... A total of £100.": the rate made a total
      decide('payment.rate-total');
      continue;
    }
    // "pay the first family £300, the second £100, the third £600 and ...": amounts in one list
    // share the payment verb of the first
    const prev = decisions.length ? decisions[decisions.length - 1] : null;
    if (
      prev !== null &&
      prev.payment &&
      prev.mention === mentions[i - 1] &&
      LIST_CONTINUES.test(text.slice(prev.mention.end, m.start))
    ) {
      decide('payment.listed');
      continue;
    }
    if (!payVerbNear && !PAY_VERB.test(win) && !refundVerb) {
      // "the agreed actions of an apology, £100 and a review are a suitable remedy", split into its
      // remedies: the amount alone takes its payment wording from the sentence that names them
      if (BARE_AMOUNT.test(text) && sentence.includes(m.raw) && REMEDY_NAMED.test(sentence)) {
        decide('payment.named-item');
        continue;
      }
      // "pays Mrs B £400 for the distress and £150 for the effort ...", split at its second amount:
      // the amount that opens the part shares the payment verb before it in the sentence (found by
      // the part's own opening words: the same amount may stand earlier in the sentence), and its payee
      const inSentence = sentence.indexOf(text.trim().slice(0, 60));
      if (
        m.start === text.search(/\S/) &&
        inSentence > 0 &&
        PAID_BEFORE.test(sentence.slice(0, inSentence))
      ) {
        // the payee of the payment before it, unless the part names someone of its own ("£100
        // towards Mr Y's travel costs")
        const ownPerson = NAMES_PERSON.test(text);
        const earlier = ownPerson ? [] : findMoney(sentence.slice(0, inSentence)).reverse();
        const shared = earlier.map((e) => payeeOf(sentence, e, context)).find((p) => p !== null);
        decide('payment.shared-verb', shared);
        continue;
      }
      decide('money.no-payment-wording');
      continue;
    }
    decide('payment.remedy');
  }

  for (const d of decisions)
    if (d.shares)
      d.reason = `${d.reason}: ${formatPounds(d.mention.pence)} to each of ${d.shares.join(', ')}`;

  // totals and their breakdowns: keep the total, drop the parts (the parts may read like
  // payments or not: "made up of £600 for distress and £150 for complaint handling")
  const notRate = (d: MoneyDecision): boolean => !NOT_PARTS.has(d.rule[0]);
  const worth = (d: MoneyDecision): number => d.mention.pence * (d.shares?.length ?? 1);
  for (let i = 0; i < decisions.length; i++) {
    const total = decisions[i];
    if (!total.payment) continue;
    const after = text.slice(total.mention.end, total.mention.end + 200);
    if (!BREAKDOWN.test(after.slice(0, 40)) && !BREAKDOWN_AT_ONCE.test(after) && !BREAKDOWN_LATER.test(after))
      continue;
    let sum = 0;
    const parts: MoneyDecision[] = [];
    // (a sum a part says it includes is inside that part: "£500 for ... (inclusive of the £125
    // previously offered)")
    const inner: MoneyDecision[] = [];
    for (let j = i + 1; j < decisions.length && sum < total.mention.pence; j++) {
      if (!notRate(decisions[j])) continue;
      if (
        parts.length &&
        INCLUDED_BEFORE.test(
          text.slice(Math.max(0, decisions[j].mention.start - 25), decisions[j].mention.start),
        )
      ) {
        inner.push(decisions[j]);
        continue;
      }
      sum += worth(decisions[j]);
      parts.push(decisions[j]);
    }
    if (parts.length >= 1 && sum <= total.mention.pence) {
      for (const p of [...parts, ...inner])
        redecide(
          p,
          'money.part-of-total',
          `part of the ${formatPounds(total.mention.pence)} total, not counted again`,
        );
      if (total.purpose === 'unspecified') {
        const biggest = parts.reduce(
          (x, y) =>
            purposeWindow(text, mentions, mentions.indexOf(y.mention)) !== 'unspecified' &&
            y.mention.pence > x.mention.pence
              ? y
              : x,
          parts[0],
        );
        total.purpose = purposeWindow(text, mentions, mentions.indexOf(biggest.mention));
      }
    }
  }
  // the parts of a total whose breakdown list began before this action
  const open = decisions.some((d) => d.payment) ? openBreakdown(context) : null;
  if (open) {
    let left = open.left;
    for (const d of decisions) {
      if (!d.payment || worth(d) > left) continue;
      left -= worth(d);
      redecide(
        d,
        'money.part-of-total-above',
        `part of the ${formatPounds(open.total)} total listed above, not counted again`,
      );
    }
  }
  // a total stated after its parts ("£100 to his brother and £100 to his sister, a total of £200")
  for (let i = 0; i < decisions.length; i++) {
    const t = decisions[i];
    const before = text.slice(Math.max(0, t.mention.start - 25), t.mention.start);
    const afterT = text.slice(t.mention.end, t.mention.end + 15);
    if (!TOTAL_BEFORE.test(before) && !TOTAL_AFTER.test(afterT)) continue;
    if (!notRate(t)) continue;
    let sum = 0;
    const parts: MoneyDecision[] = [];
    for (let j = i - 1; j >= 0 && sum < t.mention.pence; j--) {
      if (!decisions[j].payment) continue;
      sum += worth(decisions[j]);
      parts.push(decisions[j]);
    }
    const count = parts.reduce((n, p) => n + (p.shares?.length ?? 1), 0);
    if (count >= 2 && sum === t.mention.pence) {
      const payees = [...new Set(parts.map((p) => p.payee).filter((p): p is string => p !== null))].reverse();
      for (const p of parts)
        redecide(
          p,
          'money.part-of-total',
          `part of the ${formatPounds(t.mention.pence)} total, not counted again`,
        );
      redecide(t, 'payment.total-of-parts', `total of ${count} payments`);
      t.shares = null;
      t.payee = payees.length && payees.length <= 3 ? payees.join(' and ') : null;
      // parts were collected backwards: parts[0] is the one just before the total
      if (t.purpose === 'unspecified')
        t.purpose = purposeWindow(text, mentions, mentions.indexOf(parts[0].mention));
    }
  }
  // the same amount stated again in a later sentence for the same remedy ("I consider £1600 is a
  // reasonable remedy"); equal amounts in one sentence are separate payments
  const seen = new Map<number, MoneyDecision>();
  for (const d of decisions) {
    if (!d.payment) continue;
    const prev = seen.get(d.mention.pence);
    const between = prev ? text.slice(prev.mention.end, d.mention.start) : '';
    if (prev && /[.!?]\s/.test(between) && (prev.payee === d.payee || d.payee === null)) {
      redecide(d, 'money.restated', `the same ${formatPounds(d.mention.pence)} stated again`);
      continue;
    }
    seen.set(d.mention.pence, d);
  }

  // an amount with no payee of its own goes to the payee of the amount before it
  let lastPayee: string | null = null;
  for (const d of decisions) {
    if (!d.payment) continue;
    if (d.payee === null) d.payee = lastPayee;
    lastPayee = d.payee;
  }

  const payments: Payment[] = [];
  const pence: number[] = [];
  const sources: MoneyDecision[] = [];
  for (const d of decisions) {
    const amount = formatPounds(d.mention.pence);
    if (d.payment && d.shares) {
      for (const payee of d.shares) {
        payments.push({ amount: penceToPounds(d.mention.pence), payee, purpose: d.purpose });
        pence.push(d.mention.pence);
        sources.push(d);
      }
    } else if (d.payment) {
      payments.push({ amount: penceToPounds(d.mention.pence), payee: d.payee, purpose: d.purpose });
      pence.push(d.mention.pence);
      sources.push(d);
      if (EACH_AFTER.test(text.slice(d.mention.end, d.mention.end + 20)))
        warnings.push(`${amount} is paid by each of several bodies; only one share is counted`);
    } else if (d.rule[0] === 'money.rate') {
      warnings.push(`Amount ${amount} looks like a rate, not a payment`);
    } else if (CLAIM_RULES.has(d.rule[0])) {
      warnings.push(`Amount ${amount} looks like a claim or estimate, not a payment`);
    } else if (d.rule[0] === 'money.debt-cancelled') {
      warnings.push(
        `Amount ${amount} looks like a debt or charge being cancelled or written off, not a payment to the person: it is not in the remedy total`,
      );
    } else if (d.rule[0] === 'money.no-payment-wording') {
      warnings.push(`Amount ${amount} is in an action but not clearly a payment; check it`);
    }
  }
  return { payments, pence, sources, decisions, warnings };
}
