/**
 * The rules that decide which sentences may become recommendations, kept as data: each has an id
 * (recorded on the recommendation it made or on the sentence it skipped), a one-line reason and a
 * fixture of our own writing in the shape of the real text (candidate-rules.spec.ts checks each).
 */
import { ActionForm, ActionFormKind, namesRemedy } from './action-form';
import type { SectionRole } from './sections';

/** How the candidate finder reads the sentences of a section with this role. */
export type RoleReading =
  /** every action sentence and every item under a lead-in is a candidate */
  | 'all'
  /** only a sentence in which the organisation agrees, is recommended or ordered to act, or an
   *  item under a lead-in that announces such actions (in a single-case decision) */
  | 'commitments'
  /** no candidates at all */
  | 'never'
  /** no candidates in a single-case decision; read as 'all' elsewhere (a committee paper's
   *  "Background" may report what was done) */
  | 'never_in_decision';

export interface RolePolicy {
  id: string;
  role: SectionRole;
  reading: RoleReading;
  reason: string;
}

export const ROLE_POLICIES: Readonly<Record<SectionRole, RolePolicy>> = {
  remedy: {
    id: 'role.remedy',
    role: 'remedy',
    reading: 'all',
    reason: 'the action section holds the actions',
  },
  response: {
    id: 'role.response',
    role: 'response',
    reading: 'all',
    reason: 'the response says which actions the organisation accepts',
  },
  learning: {
    id: 'role.learning',
    role: 'learning',
    reading: 'all',
    reason: 'lessons learnt and service improvements are learning actions',
  },
  summary: {
    id: 'role.summary',
    role: 'summary',
    reading: 'commitments',
    reason: 'a summary restates what was agreed among what happened',
  },
  conclusions: {
    id: 'role.conclusions',
    role: 'conclusions',
    reading: 'commitments',
    reason: 'conclusions restate what was agreed among what was found',
  },
  findings: {
    id: 'role.findings',
    role: 'findings',
    reading: 'commitments',
    reason: 'findings say what should have happened; only what the organisation agrees to do counts',
  },
  final_decision: {
    id: 'role.final-decision',
    role: 'final_decision',
    reading: 'commitments',
    reason: 'the final decision restates the agreed remedy in short',
  },
  complaint: {
    id: 'role.complaint',
    role: 'complaint',
    reading: 'never',
    reason: 'the complaint as the complainant put it and what they want are not agreed actions',
  },
  role_and_powers: {
    id: 'role.role-and-powers',
    role: 'role_and_powers',
    reading: 'never',
    reason: "the Ombudsman's account of its own powers is the same in every decision",
  },
  background_law: {
    id: 'role.background-law',
    role: 'background_law',
    reading: 'never_in_decision',
    reason: 'what the law or guidance says organisations must do is not an action of this one',
  },
  investigation: {
    id: 'role.investigation',
    role: 'investigation',
    reading: 'never_in_decision',
    reason:
      'what was investigated and what happened before: the organisation acted then, it is not asked to now',
  },
  statistics: {
    id: 'role.statistics',
    role: 'statistics',
    reading: 'all',
    reason: 'figures (the forms reject them)',
  },
  committee: {
    id: 'role.committee',
    role: 'committee',
    reading: 'never',
    reason: "what a committee is asked to note is not the organisation's action",
  },
};

/** Forms in which the organisation commits, is recommended or is ordered to act. */
export const COMMITMENT_FORMS: ReadonlySet<ActionFormKind> = new Set<ActionFormKind>([
  'agreed',
  'recommend',
  'modal',
  'remedy_money',
]);

/** Does a sentence in a summary or conclusions commit the organisation to act? */
export function isCommitment(form: ActionForm, sentence: string): boolean {
  return COMMITMENT_FORMS.has(form.kind) || (form.kind === 'nominal' && namesRemedy(sentence));
}

export interface SentenceRule {
  id: string;
  pattern: RegExp;
  reason: string;
  /** Our own sentence in the shape of the real ones; the pattern must match it. */
  fixture: string;
  /** Our own sentence close to it that the pattern must not match. */
  counter?: string;
  /** More sentences of our own, in other real shapes, that the pattern must match too. */
  alsoMatches?: readonly string[];
}

/**
 * The Ombudsman's stock sentences: the same in every decision, never an action of the
 * organisation, although they hold "must", "will" or "agreed".
 */
export const STOCK_SENTENCES: readonly SentenceRule[] = [
  {
    id: 'stock.must-consider',
    pattern:
      /^(?:we|I|the\s+ombudsman)\s+(?:must|will|may)\s+(?:also\s+)?consider\s+(?:whether|all\s+the\s+circumstances|if)\b/i,
    reason: "the Ombudsman's test for fault and injustice, printed in every decision",
    fixture: 'We must also consider whether any fault has caused an injustice to the person who complained.',
    counter: 'The Council must consider whether to refund the charges.',
  },
  {
    id: 'stock.circumstances',
    pattern: /^when\s+a\s+complaint\s+is\s+brought\s+to\s+the\s+(?:housing\s+)?ombudsman\b/i,
    reason: "the Housing Ombudsman's opening on how it weighs a complaint",
    fixture:
      'When a complaint is brought to the Ombudsman, we must look at all the circumstances before deciding.',
  },
  {
    id: 'stock.remedy-set-out-below',
    pattern:
      /\b(?:at\s+the\s+end\s+of\s+this\s+(?:statement|decision|report)|(?:set\s+out|explained|described)\s+(?:at\s+the\s+end|below|later))\b[^.]{0,120}\b(?:agreed|will|remedy|action)\b|^at\s+the\s+end\s+of\s+this\s+(?:statement|decision|report)\b|\bagreed\s+(?:action|remedy|remedies)\b[^.]{0,100}\b(?:explained|set\s+out|described)\s+(?:at\s+the\s+end|below|later)\b/i,
    reason: 'refers to the remedy set out elsewhere; the remedy itself is the action',
    fixture: 'At the end of this statement, we set out the action the Council has agreed to take.',
    alsoMatches: [
      'The Council has agreed action we consider is a fair remedy, explained at the end of this statement.',
    ],
  },
  {
    id: 'stock.information-sharing',
    pattern:
      /\b(?:under\s+our\s+information\s+sharing\s+agreement|we\s+will\s+share\s+this\s+decision\s+with)\b/i,
    reason: "the Ombudsman's note that it shares the decision with a regulator",
    fixture: 'Under our information sharing agreement, we will share this decision with the regulator.',
  },
  {
    id: 'stock.may-decide-not-to-investigate',
    pattern:
      /^(?:we|the\s+ombudsman)\s+(?:may|will|cannot|can|do\s+not|does\s+not)\s+(?:decide\s+)?(?:not\s+(?:to\s+)?)?(?:start|continue|investigate|question)\b/i,
    reason: "the Ombudsman's rules on when it investigates",
    fixture:
      'We may decide not to start an investigation if we are satisfied with the action the council has taken.',
  },
  {
    id: 'stock.chronology',
    pattern:
      /^(?:the\s+following|this|my)\s+(?:chronology|timeline|account|summary\s+of\s+events)\s+(?:will\s+|does\s+not\s+|is\s+not\s+intended\s+to\s+)?(?:covers?|sets?\s+out|summarises?|includes?|describes?)\b/i,
    reason: 'the investigator introducing the chronology of the case, not an action',
    fixture:
      'The following chronology will cover the key points relevant to my investigation of the complaint.',
    counter: 'The Council will set out a chronology of the case for the complainant.',
  },
  {
    id: 'stock.pseudonym',
    pattern:
      /\b(?:whom?|which)\s+(?:I|we)\s+(?:shall|will)\s+(?:refer\s+to|call)\s+as\b|\bwill\s+be\s+referred\s+to\s+as\b|\bfor\s+ease\s+of\s+reference\b/i,
    reason: 'names the complainant; the sentence tells what they complained about',
    fixture: 'The complainant, whom I shall refer to as Mr K, complains the Council did not repair his road.',
  },
  {
    id: 'stock.consider-the-report',
    pattern:
      /\bconsider\s+(?:the|this|our|my)\s+(?:[\w\u2019']+\s+){0,6}?report\b[^.]{0,120}?\bconfirm\b[^.]{0,120}?\bactions?\b[^.]{0,60}?\b(?:taken|proposes?\s+to\s+take|intends?\s+to\s+take)\b|\bconsider\s+the\s+report\s+at\s+(?:its\s+|a\s+)?(?:full\s+council|cabinet|(?:the\s+)?executive|[^.]{0,40}committee)\b|\bconsider\s+(?:the|this)\s+report\s+and\s+(?:tell|inform|notify)\s+(?:the\s+ombudsman|us)\b[^.]{0,120}?\bwhat\s+(?:action\s+)?it\s+(?:proposes|intends)\s+to\s+(?:do|take)\b/i,
    reason:
      'the statutory duty after a public report (consider it, say what action follows), not an action itself',
    fixture:
      'The Council must consider the report and confirm within three months the action it has taken or proposes to take.',
    alsoMatches: [
      'The Council should consider the report at its full Council, Cabinet or another committee of elected members.',
      'The Council must now consider the report and tell the Ombudsman within three months (or such longer period as the Ombudsman may agree) what it proposes to do.',
    ],
    counter: 'The Council will review its allocations policy within three months.',
  },
  {
    id: 'stock.citation',
    // (stockSentence strips the opening bracket: the year and the closing one remain)
    pattern: /^(?:[A-Z][\w']*\s+){1,6}(?:Act|Regulations|Order)\s+\d{4}\b.{0,80}\)\.?$/,
    reason: 'a citation of the law standing alone after a sentence, not an action',
    fixture: '(Local Government Act 1974, section 31(2), as amended)',
    counter: 'The Council should review its use of the Housing Act 1996 section 184 letters.',
  },
  {
    id: 'stock.following-action-lead',
    pattern:
      /\b(?:take|complete|carry\s+out|implement|undertake)\s+the\s+following(?:\s+(?:action|actions|steps|recommendations?)\b[^.:]{0,80})?\s*\.?$/i,
    reason: 'a lead-in to the list of actions written as a sentence; the items after it are the actions',
    fixture: 'To remedy this complaint the Council should take the following action.',
    alsoMatches: [
      'To remedy the injustice caused, we recommend the Council within three months of this report complete the following.',
    ],
    counter: 'The Council should take action to recover the debt.',
  },
  {
    id: 'stock.learn-lessons',
    pattern:
      /^(?:the\s+(?:council|landlord|organisation)|it)\s+(?:should|will|must)\s+(?:also\s+)?learn\s+(?:the\s+|any\s+)?lessons?\s+from\s+(?:this|the)\s+(?:complaint|case|investigation)\s*\.?$/i,
    reason: 'the general call to learn lessons; the learning actions follow it',
    fixture: 'The Council should also learn lessons from this complaint.',
    counter: 'The Council should share the lessons from this complaint with its housing officers.',
  },
  {
    id: 'stock.implications',
    pattern:
      /^(?:the|this)\s+(?:report|decision|recommendations?)\b[^.]{0,40}?\b(?:has|have|are|is)\s+(?:no|any)\s+(?:immediate\s+|direct\s+|significant\s+)?(?:financial|budgetary|legal|equalities|staffing)\s+(?:(?:or|and)\s+\w+\s+)?implications?\b|^it\s+should\s+be\s+noted\s+that\b(?![^.]*(?:\bagreed\b|\bwill\b|£))/i,
    reason: "a committee report's implications paragraph or a note for members, not an action",
    fixture:
      'The report itself has no immediate financial or budgetary implications although it highlights the amount (£2,500) paid in compensation.',
    alsoMatches: ['It should be noted that there are no contingency funds to support such payments.'],
    counter: 'The Council should pay Mrs K £2,500 in compensation.',
  },
  {
    id: 'stock.meeting-business',
    pattern:
      /^(?:to\s+)?(?:adopt|consider|receive|note)\s+(?:this|the)\s+(?:[\w&'\u2019-]+\s+){0,4}?report\b(?![^.]*\b(?:and|to)\s+(?:agree|approve|implement|apologi[sz]e|pay)\b)|^the\s+reasons?\s+for\s+(?:the\s+)?urgency\b|^(?:points|questions|concerns|comments)\s+(?:were|was)\s+raised\b/i,
    reason:
      "a meeting's own business (adopting or considering the report, why the item is urgent, what members raised), not a remedy",
    fixture: 'To adopt this report as the Council’s formal response under s.31 Local Government Act 1974.',
    alsoMatches: [
      'Consider the public interest report dated 23 June 2022 and the recommendations made by the Ombudsman.',
      'The reason for the urgency is the need to ensure the Executive receives the report in time.',
      'Points were raised about the need to pay compensation in such cases.',
    ],
    counter: 'Consider the report and agree to implement its recommendations, including a payment of £500.',
  },
  {
    id: 'stock.addressed-to-the-reader',
    // (not a remedy for a person named: "We recommend you apologise to Mrs N")
    pattern:
      /^(?:we|I)\s+(?:would\s+)?recommend\s+(?:that\s+)?you\b(?!\s+(?:apologi[sz]e|pay|refund|reimburse|reconsider|reassess)\b[^.]*\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z])/i,
    reason: 'advice to the reader of a web page (its cookie banner), not to the organisation',
    fixture: 'We recommend you turn these settings on.',
    alsoMatches: ['We recommend you pay the £70 penalty charge within 14 days, when it is reduced to £35.'],
    counter: 'We recommend you apologise to Mrs N and pay her £150 for her distress.',
  },
  {
    id: 'stock.remedy-unnamed',
    pattern:
      /(?:\b(?:tak(?:e|ing)|taken)\s+(?:appropriate\s+|further\s+|the\s+|some\s+)?(?:steps|action)\s+to|\b(?:has|have)\s+been\s+asked\s+to)\s+(?:remedy|put\s+right|address)\s+(?:the|this|that|her|his|their|its|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\u2019']s)\s+(?:[\w-]+\s+){0,3}?(?:injustice|uncertainty|distress|fault|complaint)(?:\s+(?:caused|identified))?(?:\s+to\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w\u2019'-]*|him|her|them))?\s*\.?$|\brecommended\s+(?:(?:several|some|a\s+number\s+of|two|three|four|other)\s+remedies|an?\s+(?:suitable\s+|proportionate\s+)?remedy)(?:\s+to\s+(?:address|remedy|put\s+right|recognise)\s+(?:the|this|that|her|his|their)\s+injustice)?\s*\.?$|\bagreed\s+to\s+(?:offer|provide|give)\s+(?:(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx)\s+[A-Z]\w*)\s+)?(?:a|an)\s+(?:suitable\s+|proportionate\s+|fair\s+|appropriate\s+)?remedy\s*\.?$|\bagreed\s+to\s+(?:remedy|put\s+right)\s+(?:the|this|her|his|their)\s+injustice\s+caused\s+by\s+(?:the|its|this|that|these)\s+(?:[\w\u2019'-]+\s+){0,3}?(?:fault|faults|failings?|failures?|delays?|errors?|mistakes?|actions?)\s*\.?$|\bagree[sd]?\s+to\s+take\s+(?:appropriate\s+|further\s+|some\s+)?(?:steps|action)\s*\.?$|\bagree[sd]?\s+to\s+take\s+(?:several\s+|some\s+|a\s+number\s+of\s+|further\s+)?(?:steps|actions?)\s+to\s+(?:remedy|resolve|put\s+right|address)\s+(?:the|this|her|his|their)\s+(?:complaint|injustice)\s*\.?$|\b(?:set\s+out|list|describe)s?\s+(?:below\s+)?the\s+(?:actions?|steps|remed(?:y|ies))\s+(?:that\s+)?(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:has\s+)?agreed\s+to\s+take\b[^.£]*\.?$|^(?![^.]*(?:£|\b(?:agreed\s+to\s+(?!remedy|put\s+right|address)|will|should|must|apologi[sz]e|pay|pays|refund|reimburse|review|arrange|provide|make)\b))[^.]*?\b(?:distress|frustration|uncertainty|injustice|worry|upset|inconvenience|confusion|trouble),?\s+(?:which|that)\s+(?:the\s+(?:council|landlord|care\s+provider|provider|trust)|it)\s+(?:has\s+)?(?:agreed|offered)\s+to\s+(?:remedy|put\s+right|address)\s*\.?$/i,
    reason: 'says there is a remedy without saying what it is; the remedy itself, when named, is the action',
    fixture: 'The Council will take action to remedy the injustice caused.',
    counter: 'The Council will take action to remedy the injustice caused by apologising to Mr F.',
    alsoMatches: [
      'The Council has been asked to remedy the injustice caused.',
      'The Council has agreed to take action to remedy Mrs B’s injustice.',
      'It agreed to offer Mr P a remedy.',
      'This caused Mr W an injustice and so we have recommended a remedy.',
      'We have therefore recommended several remedies to address the injustice.',
      'We asked the Council to consider resolving the complaint early by taking action to remedy the injustice caused to Mrs B.',
      'The Council has agreed to remedy the injustice caused by the fault.',
      'The Council has agreed to remedy the injustice caused by the Service Provider\u2019s actions.',
      'The Ombudsman has upheld the complaint and completed the investigation because the Council agrees to take action.',
      'We set out the actions the care home agreed to take at the end of this statement.',
      'The Council agreed to take several actions to resolve the complaint.',
      'The delay caused Mrs J avoidable frustration, which the Council has agreed to remedy.',
    ],
  },
  {
    id: 'stock.remedy-referred',
    pattern:
      /^(?:the\s+(?:council|landlord|organisation|(?:care\s+)?provider|care\s+home|trust|school|academy(?:\s+trust)?)|it)\s+(?:(?:has|have)\s+already\s+[a-z]+ed\s+and\s+)?(?:(?:(?:has|have)\s+)?(?:agreed|accepted)\s+(?:to\s+)?|(?:should|will|must)\s+)(?:(?:carry\s+out|implement|comply\s+with|act\s+on)\s+)?(?:(?:the\s+)?(?:further\s+)?(?:remed(?:y|ies)|recommendations?|actions?)\s+(?:that\s+)?(?:we|I|the\s+ombudsman)\s+(?:have\s+|has\s+)?(?:recommended|proposed|asked\s+for|set\s+out)(?:\s+(?:at\s+the\s+end\s+of|in|below|above)(?:\s+(?:this|the)\s+(?:statement|decision|report))?)?|(?:our|my|the\s+ombudsman[\u2019']s|all\s+(?:of\s+)?(?:our|the))\s+recommendations?)(?:\s+to\s+(?:fully\s+)?(?:recognise|remedy|address|put\s+right)\s+(?:the|this|her|his|their|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w\u2019'-]*)\s+(?:[\w-]+\s+){0,2}?(?:injustice|complaint|distress)(?:\s+caused)?)?\s*\.?$/i,
    reason: 'says the remedy was agreed without saying what it is',
    fixture: 'The Council has agreed to the remedies we recommended.',
    alsoMatches: [
      'The Council has already apologised and has agreed to carry out my recommendations to fully recognise Mrs N\u2019s injustice.',
      'The Care Provider has agreed to our recommendations to remedy the injustice caused.',
      'The care provider should implement the remedy we have recommended at the end of this statement.',
    ],
    counter: 'The Council has agreed to carry out my recommendations to apologise and pay Mrs N £200.',
  },
  {
    id: 'stock.further-report-process',
    pattern:
      /\b(?:this|the)\s+(?:further\s+)?report\s+(?:is\s+required\s+to|must|should|will\s+(?:need\s+to|have\s+to))\s+be\s+(?:considered|laid|put)\b|\bshould\s+be\s+informed\s+of\s+the\s+(?:continuing\s+)?(?:requirement|need)\s+for\s+confidentiality\b/i,
    reason:
      'what the law requires of every report the Ombudsman issues (members consider it, in confidence), not this remedy',
    fixture:
      'If it is minded not to comply with our recommendations, then this report is required to be considered by full Council.',
    counter: 'The Council should lay this report before its Cabinet and review its procedures.',
    alsoMatches: [
      'All those involved in considering this report should be informed of the continuing requirement for confidentiality.',
    ],
  },
  {
    id: 'stock.suggested-actions-taken',
    pattern:
      /\b(?:agreed|agrees|accepted)\s+to\s+(?:(?:resolve|settle|remedy)\s+(?:the|this|her|his|their)\s+complaint\s*(?:by|,?\s*and\s+(?:will|to))\s+)?(?:tak(?:e|ing)|carry(?:ing)?\s+out|implement(?:ing)?|complet(?:e|ing))\s+(?:(?:the|these|those|all\s+(?:of\s+)?the|our|my)\s+(?:suggested|recommended|proposed)\s+(?:actions?|remed(?:y|ies)|steps)|(?:all\s+(?:of\s+)?)?the\s+above)\b(?:\s+(?:within|by|in)\s+[^.]{1,40})?\s*\.?$/i,
    reason: 'the agreed action refers back to the actions the Ombudsman suggested; those are the actions',
    fixture:
      'To its credit the Council agreed to resolve the complaint by taking the suggested actions within four weeks.',
    counter: 'The Council agreed to take the suggested action of apologising to Mr F.',
    alsoMatches: [
      'The Council has agreed to carry out the recommended actions.',
      'The Council agreed to resolve the complaint and will complete the above within six weeks.',
    ],
  },
];

/** Told to the meeting, but what follows is what was done ("The Committee was advised that the
 *  actions taken had included a) an apology ..."): not the meeting's business alone. */
const NOT_ACTIONS_REPORTED = String.raw`(?!\s+that\s+(?:the\s+)?(?:actions?|steps|measures|remed(?:y|ies)|improvements|changes)\s+(?:taken|made|put\s+in\s+place|agreed)\b)`;

/**
 * A committee paper's account of its own meeting and of the report it is about: the report was
 * attached or presented, members commented, figures for the year. Never the organisation's action.
 */
export const PROCEEDINGS_SENTENCES: readonly SentenceRule[] = [
  {
    id: 'proceedings.the-report-itself',
    pattern:
      /^(?:(?:the|this|a|an)\s+(?:[\w'\u2019()/-]+\s+){0,10}?(?:report|letter|summary|appendix|statistics|review)\b[^.]{0,120}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:attached|appended|published|presented|received|circulated|enclosed|submitted|considered)\b(?!\s+within\b)|this\s+report\s+(?:presents|sets\s+out|summarises|provides|outlines|details|informs)\b|(?:further\s+)?details\s+(?:on|of)\s+[^.]{0,160}?\b(?:had\s+been|have\s+been|has\s+been|were|are|was|is)\s+(?:set\s+out|given|provided|included)\s+(?:in|within)\s+(?:the|this)\s+report\b)/i,
    reason: 'says where the report is or what it contains, not what the organisation will do',
    fixture: 'The Ombudsman\u2019s annual letter was attached to the report at Appendix B.',
    alsoMatches: [
      'Details on the changes made to the validation checklist had been set out within the report for members.',
    ],
    counter: 'The complaints leaflet was revised and published on the website.',
    // (a report to be published within a time is an action resolved: "A report is published within
    // 4 weeks in the Members' Newsletter setting out how procedures have been updated.")
  },
  {
    id: 'proceedings.members-and-officers',
    pattern:
      /^(?:following\s+[^,]{2,100},\s*|(?:historically|previously|also|in\s+response),?\s+)?(?:the\s+cabinet\s+member\s+(?:for|with)\s+(?:the\s+)?(?:[\w&-]+\s+){1,4}?portfolio|[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+\s+\([^)]{0,60}\b(?:Director|Manager|Head|Officer|Lead|Chief|Executive|Member|Councillor|Leader|Clerk|Solicitor|Lawyer)\b[^)]{0,40}\)|[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+,\s+(?:[\w&'\u2019-]+\s+){0,5}?(?:head|director|manager|officer|lead|holder|member|executive|chair(?:man)?)(?:\s+(?:of|for)(?:\s+[\w&-]+){1,4})?,|members|councillors|officers|(?:the\s+)?(?:chair|chairman|chairperson|vice[- ]chair|committee|panel|board|cabinet\s+member|portfolio\s+holder|leader(?:\s+of\s+the\s+council)?|(?:deputy\s+)?mayor)|(?:the\s+|this\s+)?(?:[\w&'\u2019-]+\s+){0,5}?(?:head|director|manager|officer|executive)(?:\s+(?:of|for|with|[\u2013\u2014-])\s+(?:(?!(?:that|had|has|have|was|were|been|is|are|which|who|would|will)\b)[\w&,'\u2019-]+\s+){0,5}?(?!(?:that|had|has|have|was|were|been|is|are|which|who|would|will)\b)[\w&,'\u2019-]+)?)\s+(?:also\s+)?(?:agreed(?!\s+to\b)|added(?!\s+that\b)|highlighted|noted|made\s+comments|asked|introduced|presented|discussed|responded\s+to|undertook\s+to\s+(?:provide|circulate|send|share|give)\s+(?:[\w\s]{0,40}?)(?:details|information|a\s+note|a\s+briefing|an?\s+update|figures|(?:written\s+)?response|answer)|(?:gave|delivered|made)\s+(?:a|an)\s+(?:short\s+|brief\s+)?presentation|commented|thanked|welcomed|queried|raised|(?:stated|explained|reported|confirmed)(?!\s+that\b)|congratulated|praised|(?:provided|gave)\s+(?:the\s+[\w\s]{2,30}?\s+with\s+)?(?:a\s+|an\s+)?(?:brief\s+|verbal\s+)?(?:summary|update|overview))\b/i,
    reason: 'what members and officers said or did at the meeting',
    fixture: 'Following the presentation, Members made comments and asked questions of Officers.',
    alsoMatches: [
      'Jane Holt (Assistant Director – Governance and Policy) introduced the report on the year’s Ombudsman outcomes.',
      'The Customer Services Manager introduced the report on the annual letter.',
      'This Director of Law and Governance introduced a report informing Members of the decision.',
      'The Assistant Director \u2013 Legal Services gave a summary of the two upheld complaints.',
      'The Interim Director of Resources agreed that updates would be given at each meeting.',
      'The Leader of the Council introduced the response to the Ombudsman\u2019s report.',
      'The Policy Officer discussed the complaints received in the year.',
      'Jane Ward, Customer Relations Manager, responded to questions from Members as follows:',
      'Historically, officers reported to the Audit Committee where there was a finding of fault.',
      'In response, the Assistant Director for Customer Experience undertook to provide details of the case to members.',
      'Councillor Ames, Portfolio Holder for Finance, introduced the report.',
      'The Cabinet Member with the Finance Portfolio introduced the report of the Director.',
      'The Assistant Chief Executive gave a short presentation on complaints in the year.',
      'Officers undertook to provide a written response.',
    ],
    counter: 'The Head of Service has reminded all staff to record visits.',
  },
  {
    id: 'proceedings.the-report-says',
    pattern:
      /^(?:(?:the\s+)?(?:[\w\u2019']+\s+){0,2}?report\s+(?:highlighted|noted|set\s+out|outlined|explained|summarised|stated|said|asked)\b|(?:adopt|note|receive|approve|endorse)\s+(?:this|the)\s+(?:report|letter)\b|(?:the\s+council|it|members)\s+gave\s+consideration\s+to\s+the\s+report\b)/i,
    reason: 'what the report says or asks the meeting, not an action of the organisation',
    fixture: 'The officer\u2019s report highlighted the lessons learnt from the decision.',
    counter: 'The Council reported the fault to its insurer.',
  },
  {
    id: 'proceedings.item-purpose',
    pattern:
      /^(?:to\s+)?(?:provide|make|give)\s+(?:any\s+)?comments\b|^(?:to\s+)?(?:consider|receive|note|approve|agree|review|reviews|notes|considers|receives)\s+(?:an?\s+|the\s+)?(?:(?:local\s+government\s+(?:and\s+social\s+care\s+)?|housing\s+)?ombudsman[\u2019']s\s+|(?:LGSCO|LGO|HOS)[\u2019']s\s+)?(?:(?:annual\s+(?:review\s+)?letter|annual\s+(?:complaints?\s+)?report|update\s+on|minutes)\b|report\s+(?:of|from|by)\s+the\b)|\b(?:minutes|meeting)\b[^.]{0,80}?\bto\s+be\s+(?:approved|confirmed|agreed)\b/i,
    reason:
      "what the meeting is asked to do with a report, a letter or its minutes: the committee's business",
    fixture: 'To consider an update on the decisions of the Ombudsman in the last quarter.',
    alsoMatches: [
      'Provide comments on where complaint handling could improve.',
      '(To receive a report from the Director of Adult Care, which invites the Executive to consider the actions proposed to be taken)',
    ],
    counter: 'To review its complaints procedure and report back within six months.',
  },
  {
    id: 'proceedings.members-asked',
    pattern: new RegExp(
      String.raw`^(?:members|councillors|(?:the\s+)?(?:committee|panel|board|cabinet|executive|meeting))\s+(?:are|were|is|was)\s+(?:also\s+)?(?:requested|asked|invited|reminded|recommended|advised|informed|told)\b${NOT_ACTIONS_REPORTED}|^(?:members|councillors|the\s+(?:committee|panel|board))\s+(?:also\s+)?discussed\b`,
      'i',
    ),
    reason: 'what members are asked, reminded or discussed at the meeting, not what the organisation does',
    fixture: 'Members are requested to review the annual letter and consider the lessons learnt.',
    alsoMatches: [
      'Cabinet was reminded that the Constitution requires the Monitoring Officer to report to it.',
      'Meeting was advised that the Council had responded to every case on time.',
    ],
    counter: 'Managers were reminded to check every case file.',
  },
  {
    id: 'proceedings.ombudsman-did',
    pattern:
      /^(?![^.]*\b(?:asked|recommended|requested|required|told)\s+(?:the\s+)?(?:council|landlord|organisation|it)\s+to\b)(?![^.]*\b(?:and|but)\s+(?:the\s+(?:council|landlord|authority)|it)\s+(?:will|would|has\s+agreed|agreed|should|must)\b)(?:(?:with\s+regards?\s+to|in|for|of)\s+[^,]{2,80},\s*)?(?:the\s+)?(?:(?:local\s+government\s+(?:and\s+social\s+care\s+)?|housing\s+)?ombudsman|LGO|LGSCO|HOS)\s+(?:also\s+)?(?:made|issued|found|felt|decided|upheld|considered|received|investigated|determined|said|noted|concluded|acknowledged|recognised|highlighted|was\s+satisfied)\b/i,
    reason: 'what the Ombudsman did or thought in the year, reported to the committee',
    fixture: 'In the second case, the Ombudsman felt the Council had already done enough.',
    counter: 'The Ombudsman noted two late remedies and has asked the Council to improve this.',
    alsoMatches: [
      'The LGO acknowledged the pressures councils face and would continue to hold authorities to account for what they are required to provide.',
    ],
  },
  {
    id: 'proceedings.letter-contents',
    pattern:
      /^(?:(?:in\s+addition|also|further(?:more)?|finally),?\s+)?(?:the|this)\s+(?:[\w\u2019']+\s+){0,3}?(?:letter|report|summary)\s+(?:also\s+)?(?:provided|provides|gave|gives|contained|contains|showed|shows|included|includes)\b|\b(?:was|were)\s+(?:also\s+)?issued\s+with\s+(?:its|their|a|an|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:report|letter)\b/i,
    reason: 'what the letter or report contains, or who received one',
    fixture: 'The letter provided a summary of the complaints received in the year.',
    alsoMatches: [
      'In addition the report gave an update on how complaints are now recorded.',
      'In addition, the report also provided a summary of the queries received.',
    ],
    counter: 'The Council provided a written apology to Mr S.',
  },
  {
    id: 'proceedings.complaints-subject',
    pattern:
      /^(?:(?:some|most|many|all|the|these|those|a\s+few|several|two|three|four|five|\d+)\s+)?(?:of\s+(?:the|these)\s+)?(?:complaints?|cases?|enquiries)\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:also|then)\s+)?(?:made|received|referred|upheld|closed|investigated|decided|considered|premature)\b/i,
    reason: 'what happened to complaints in the year: statistics',
    fixture: 'Some complaints were made straight to the Ombudsman before our own process ended.',
    counter: 'All open complaints were reviewed by the Head of Service.',
  },
  {
    id: 'proceedings.actions-elsewhere',
    pattern:
      /\b(?:actions?|recommendations?|steps)\s+(?:(?:identified|proposed|agreed)\s+by\s+[^.;]{1,100}?,?\s+)?(?:(?:as\s+)?(?:set\s+out|detailed|listed|contained|described|outlined)|which\s+are\s+set\s+out)\s+(?:in|at|within)\s+(?:paragraphs?|sections?|appendix|appendices|the\s+(?:body\s+of\s+the\s+)?report|(?:those|these|the)\s+reports)\b|^(?:to\s+)?(?:note|notes|noted)(?:\s+and\s+(?:approve|agree|endorse|accept)s?)?\s+(?:that|the(?!\s+following))\b(?![^.]*\bwill\s+(?:also\s+)?(?:be\s+)?(?:reviewed|updated|revised|issued|amended|introduced|provided|delivered|trained|reminded|review|update|revise|issue|amend|introduce|provide|deliver|train|remind)\b)/i,
    reason:
      'a resolution pointing at actions set out elsewhere in the report, or noting something; the actions themselves are named there',
    fixture: 'Agree that the actions set out in paragraph 3.4 of the report are taken.',
    counter: 'Agree that the Council reviews its allocations policy by March.',
    alsoMatches: [
      'Noted that the Ombudsman’s report had been published.',
      'To note and approve the plan to finish the remaining actions, as detailed in paragraph 4.2 of the report.',
      'Support and endorse the actions identified by the Director of Adult Services, as set out in paragraphs 15 to 23 of the report.',
      'Accept the findings of the Ombudsman’s reports and agree to implement the recommendations set out in those reports.',
    ],
  },
  {
    id: 'proceedings.meeting-arrangements',
    pattern:
      /\b(?:disclosures?|declarations?)\s+(?:of\s+(?:any\s+)?(?:[\w-]+\s+)?interests?|which\s+they\s+are\s+required\s+to\s+make)\b|\b(?:a\s+)?(?:further|special|extraordinary)\s+meeting\s+of\s+(?:the\s+)?(?:executive|cabinet|council|committee)\b|\bto\s+(?:the\s+)?(?:future\s+)?agendas?\s+of\b|\bfuture\s+agendas?\b/i,
    reason:
      "the meeting's own arrangements (declarations of interest, a further meeting to be convened, items for future agendas), not the council's remedy",
    fixture:
      'It was suggested that a further meeting of the Executive would need to be convened to make that decision.',
    counter: 'The Council will hold a meeting with Mrs T to agree her care plan.',
    alsoMatches: [
      'To receive verbally from Members any disclosures which they are required to make in accordance with the Code of Conduct.',
      'Add a quarterly review of the action plan to future agendas of the committee.',
    ],
  },
  {
    id: 'proceedings.report-to-members',
    pattern:
      /\b(?:send(?:s|ing)?|circulat(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|shar(?:e|es|ed|ing))\s+(?:a\s+)?(?:copy\s+|copies\s+)?(?:of\s+)?(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:report|minutes)\b[^.;]{0,80}?\bto\s+all\s+(?:(?:county|borough|district|city|elected)\s+)?(?:councillors|members)\b|\brecommended\s+(?:that\s+)?(?:the\s+)?(?:outcome|findings|decision|report)\b[^.;]{0,60}?\b(?:be|were|was|is|are)\s+reported\s+to\s+(?![^.;]*\band\s+that\b)(?:the\s+)?(?:relevant\s+)?(?:[\w&-]+\s+){0,4}?(?:committee|cabinet|council|members)\b/i,
    reason:
      "sending the Ombudsman's report or the meeting's minutes to every councillor, or reporting the outcome to a committee, is the council's duty to publicise it, the meeting's business, not a remedy",
    fixture:
      'Meet the Ombudsman’s requirement of sending a copy of the cabinet report and the minutes of this meeting to all councillors.',
    counter: 'Send Mrs T a copy of the revised care plan and the minutes of the review meeting.',
    alsoMatches: [
      'The Ombudsman had also recommended that the outcome and the actions taken in response were reported to the relevant scrutiny committee.',
    ],
    // (a remedy recommended beside the report is an action: "... be reported to the Cabinet and that
    // the Council pay Mr X £500")
  },
  {
    id: 'proceedings.duty-to-report',
    pattern: new RegExp(
      String.raw`^(?:members|councillors|(?:the\s+)?(?:cabinet|executive|committee|council))\s+(?:is|are|was|were)\s+(?:(?:also|therefore|legally)\s+)?(?:obliged|made\s+aware|advised|informed)\b${NOT_ACTIONS_REPORTED}`,
      'i',
    ),
    reason:
      "the duty of a committee or the executive to consider a report, told to the meeting: the committee's business",
    fixture: 'The Executive is obliged to say what action it has taken on the findings.',
    counter:
      'The Committee was advised that the actions taken after the decision had included new guidance for planning officers.',
  },
  {
    id: 'proceedings.part-one-items',
    pattern:
      /^to\s+confirm\s+that\s+all\s+items\s+marked\s+part\s+(?:1|I|one)\b[^.]*\b(?:public|private)\b|^that\s+(?:the\s+)?press\s+and\s+(?:the\s+)?public\s+be\s+excluded\b/i,
    reason: "an agenda's standing item on which business is heard in public: the meeting's business",
    fixture:
      'To confirm that all items marked Part 1 will be considered in Public and all Part 2 items will be considered in Private.',
    alsoMatches: [
      'That the press and public be excluded from the meeting for the following items as there may be disclosure to them of exempt information.',
    ],
    counter: 'To confirm the payment of £250 to the complainant.',
  },
  {
    id: 'proceedings.amendment',
    pattern:
      /^(?:replace|delete|insert|amend)\s+.{0,160}?\b(?:recommendation|paragraph|resolution)\s+\d|^(?:agreed|resolved)\b[^.]{0,40}\brecommendations?\b[^.]{0,30}\bas\s+amended\b/i,
    reason: "a change to the wording of the committee's own resolution",
    fixture: 'Replace "paragraph 2.3" in recommendation 1.1(b) with "paragraph 2.4".',
    alsoMatches: [
      'Replace the figure \u201c8\u201d with \u201c6\u201d, so recommendation 2.1 now reads \u201cTo note\u201d.',
    ],
  },
  {
    id: 'proceedings.counts',
    pattern:
      /^(?![^.]*\b(?:compensation|an?\s+apology|£\s?\d[\d,]*|payments?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:paid|made|given|sent)\b)(?:(?:in|during|over)\s+(?:the|this|that)\s+[^,]{2,40},\s*)?(?:of\s+(?:the|these)\s+\w+\s+(?:cases|complaints|decisions),\s*)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?|a\s+hundred)\s+(?:[\w-]+\s+){0,3}?(?:decisions?|cases?|complaints?|reports?|investigations?|enquiries)\s+(?:was|were|had\s+been|have\s+been|has\s+been|progressed|escalated|proceeded|went|moved)\b|^of\s+(?:the|these)\s+\w+\s+(?:cases|complaints|decisions),/i,
    reason: 'a count of decisions or cases in the year: statistics',
    fixture:
      '4.2 31 decisions were made after a full investigation, though for one the Council had already put things right.',
    alsoMatches: [
      'Six complaints progressed to stage two.',
      'In the last year, eleven complaints went to stage two, and four were upheld.',
    ],
    counter:
      'One case went to the Housing Ombudsman, which was partly upheld, and compensation was paid as a result.',
  },
  {
    id: 'proceedings.information-for-members',
    pattern:
      /\b(?:provide|provided|circulate|circulated|send|sent|share|shared|give|given|made\s+available)\b[^.]{0,60}?\bto\s+(?:all\s+)?(?:members|councillors|the\s+committee|committee\s+members)\b/i,
    reason: "information given to the meeting's members, not an action for the complainant or the service",
    fixture: 'A guide to the complaints process had recently been sent to all Members.',
    counter: 'The Council will send Mrs K a copy of its revised charging policy.',
  },
  {
    id: 'proceedings.resolved-label',
    pattern:
      /^(?:[\w\s]{0,20}:\s*)?(?:unanimously\s+)?resolved\s*[:\-\u2013]?\s*(?:\(?\d{1,2}[.)]?|\(?[a-z][.)])?\s*$/i,
    reason: 'the label before a resolution ("Resolved: 1."), not the resolution itself',
    fixture: 'Content: Resolved: 1.',
    counter: 'Resolved: That the Council review its policy.',
  },
  {
    id: 'proceedings.resolution-noting',
    pattern:
      /^that\s+(?:the\s+)?(?:[\w&,'\u2019-]+\s+){0,6}?(?:committee|cabinet|panel|board|members|sub-committee)\s*(?::\s*(?:\(?\w{1,3}[.)]\s*)?)?(?:notes?|noted|records?|recorded|recognises?|recognised|welcomes?|welcomed|thanks?|thanked|expresses?|expressed|acknowledges?|acknowledged)\b(?![^.]*(?:\band\s+(?:agreed|asked|resolved|instructed|requested|recommended)\b|£))|^that\s+(?:(?!\band\s+that\b|£)[^.]){0,200}?\bbe\s+(?:noted|received|welcomed)\s*(?:[.;,]\s*(?:and|or)?)?\s*$|^that\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:report|letter|statement|update)\s+be\s+(?:considered|endorsed|accepted|approved|adopted|agreed)(?:\s+and\s+(?:considered|endorsed|accepted|approved|adopted|agreed|noted))?\s*\.?$/i,
    reason: "the meeting noting or recording its view: the committee's business, not an action",
    fixture: 'That the Ombudsman’s report and the council’s response be noted.',
    counter: 'That the Council review its allocations policy within three months.',
    alsoMatches: [
      'That the Committee records its disappointment that the failings happened again.',
      'That the annual report be considered and endorsed.',
      'that the annual letter be noted; and',
      'That the Standards and Audit Committee noted the statistics and performance for the period.',
      'That the Audit and Governance Committee: (1) Noted the content of the report and acknowledged the progress made.',
    ],
  },
  {
    id: 'proceedings.resolution-referral',
    pattern:
      /(?:^that\s+(?:(?!\band\s+that\b|£)[^.]){0,200}?|\b(?:it\s+is|it\s+was)\s+(?:therefore\s+)?(?:proposed|recommended|suggested)\s+that\s+(?:it|this\s+report|the\s+report)\s+(?:should\s+)?)\bbe\s+(?:referred|reported|submitted|presented|brought|circulated)\s+(?:back\s+)?to\s+(?:the\s+|a\s+|this\s+|its\s+|all\s+|that\s+)?(?:future\s+|next\s+)?(?:[\w&,'\u2019-]+\s+){0,5}?(?:committee|cabinet|panel|board|meeting|members|councillors)\b/i,
    reason:
      "a resolution sending a matter on to another meeting or to members: the committee's business, not an action",
    fixture:
      'that the Ombudsman statistics for neighbouring authorities be referred to the Standards Committee once these are available.',
    counter: 'That the Council review its complaints policy and report back to the Committee in six months.',
    alsoMatches: [
      'That the findings be reported to the next meeting of the Audit and Governance Committee.',
      'This report is relevant to the review of the complaints procedure, and it is proposed that it should be referred to the Scrutiny Committee as an annexe.',
    ],
  },
  {
    id: 'proceedings.resolution-none',
    pattern:
      /^that\s+no\s+(?:further\s+)?(?:comments?|action|response|observations?|changes?|representations?)\s+(?:be|is|are|should\s+be|needs?\s+to\s+be)\b(?![^.]*\b(?:and|but)\s+that\b)/i,
    reason: 'the meeting resolving that nothing be done',
    fixture: 'That no comments be made to the Ombudsman on the form of the annual letter.',
    counter: 'That no changes be made to the charging policy, and that the Council refund Mrs X £400.',
  },
  {
    id: 'proceedings.report-contents',
    pattern:
      /^(?:examples?|details?|a\s+summary|summaries|information|an?\s+(?:overview|update|analysis|breakdown))\s+(?:of|on|about)\b(?![^:]*\b(?:has|have|had|been|is|are|was|were|will|now|include[sd]?)\b)[^:]*$/i,
    reason: 'a topic a report or a presentation covers, not an action',
    fixture: 'Examples of training and learning provided across the service.',
    counter: 'A summary of the Ombudsman’s findings will now be shared with all service managers.',
  },
  {
    id: 'proceedings.agreed-alone',
    pattern:
      /^(?:this|that|it|these|the\s+(?:recommendations?|report))\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:agreed|noted|approved|accepted|supported|seconded)\.?$/i,
    reason: "the meeting's assent to a proposal, with no action of its own",
    fixture: 'This was agreed.',
    counter: 'This was agreed with Mrs P and the payment was made in May.',
  },
  {
    id: 'proceedings.trend',
    pattern:
      /\b(?:the\s+)?(?:numbers?|figures?|levels?|volumes?)\s+(?:of\s+[\w\s]{2,30}?\s+)?(?:returned|rose|fell|increased|decreased|went\s+(?:up|down)|remained|dropped)\b/i,
    reason: 'how the numbers moved over the year: statistics',
    fixture: 'However, in 2023-24 the numbers returned to the level before the pandemic.',
    counter: 'The Council will increase the number of staff who handle complaints.',
  },
  {
    id: 'proceedings.compliments',
    pattern: /\b(?:complimented|compliments?\s+(?:were\s+)?(?:received|recorded|logged))\b/i,
    reason: 'compliments received, not actions',
    fixture: 'Teams complimented by residents included the Housing Options team.',
  },
  {
    id: 'proceedings.reasons-and-approval',
    pattern:
      /^reasons?\s+for\s+(?:the\s+)?(?:decision|recommendations?)\b|^that\s+(?:the\s+)?(?:cabinet|committee|council|executive|panel|members)\s+(?:adopts?|approves?|agrees?|accepts?|endorses?|receives?)\s+(?:this|the)\s+(?:report|recommendations?|response)\b|^that\s+approval\s+be\s+given\s+to\s+(?:accepting|adopting|noting)\s+the\s+(?:advice|recommendations?|report)\b[^.]*\b(?:set\s+out|above|detailed)\b/i,
    reason:
      "a decision record's reasons, or approval of advice set out elsewhere: the meeting's business, not an action",
    fixture:
      'Reasons for the decision In accordance with the Act, the report had to be considered by the Executive.',
    counter: 'That approval be given to a full review of the charging policy.',
    alsoMatches: [
      'That approval be given to accepting the advice of the Scrutiny Committee as set out above.',
      'That Cabinet adopt this report as its formal response.',
    ],
  },
  {
    id: 'proceedings.page-chrome',
    pattern:
      /^(?:[-\u2022*]\s*)?(?:share|print|subscribe\s+to)\s+(?:this\s+(?:item|page|decision)|updates)\b/i,
    reason: "the committee website's own links, not the minute",
    fixture: 'Share this item Meeting: 07/10/2025 - Cabinet (Item 51)',
    counter: 'Share the learning with all housing officers.',
  },
  {
    id: 'proceedings.options-considered',
    pattern:
      /\b(?:no\s+(?:other\s+)?(?:alternative\s+)?options?\s+(?:were\s+|was\s+)?(?:available|considered|open)|alternative\s+options?\s+(?:considered|rejected))\b/i,
    reason: "a report template's 'alternative options' paragraph: why the meeting must decide, not an action",
    fixture:
      'There were no other options available as the Cabinet was required to consider the findings of the Ombudsman.',
    counter: 'The Council will consider other options for temporary accommodation.',
  },
  {
    id: 'proceedings.recommendations-implemented',
    pattern:
      /\b(?:agreed|accepted|undertook)\s+to\s+implement\s+(?:all\s+(?:of\s+)?)?(?:the|its|our)\s+(?:(?:ombudsman[\u2019']s|LGSCO[\u2019']s)\s+)?recommendations(?:\s+in\s+full)?\s*(?:[.;]?\s*$|,\s*(?:all\s+of\s+which|which\s+(?:had|have|were)\s+(?:all\s+)?(?:been\s+)?(?:completed|implemented|done))\b)/i,
    reason: 'says the recommendations were accepted without saying what they are',
    fixture:
      'The Council had accepted the findings and agreed to implement the recommendations, all of which were now complete.',
    counter:
      'The Council had agreed to implement the Ombudsman’s recommendations and would provide the family with a formal apology.',
    alsoMatches: ['The Council agreed to implement the recommendations in full.'],
  },
];

/**
 * A later sentence of an unmarked item under a lead-in that comments on the item ("It should ensure it
 * shows how ...", "It says it will ...", "The Council has agreed to our recommendation"): part of
 * that action, not another one.
 */
export const ITEM_ELABORATION: SentenceRule = {
  id: 'item.elaboration',
  pattern:
    /^(?:it|the\s+(?:council|landlord|local\s+authority))\s+(?:should|must|says|said|explained|confirmed|has\s+(?:already\s+)?agreed\s+to\s+(?:our|the|this)\s+recommendation)\b/i,
  reason: 'how the item is to be done or what the organisation said about it',
  fixture: 'It should keep a note of each decision so it can be checked.',
  counter: 'Pay Mrs T £200 for her distress.',
};

/** A later step of a listed task, in a sentence of its own: what it does next or if a condition holds. */
export const ITEM_STEP: SentenceRule = {
  id: 'item.step',
  pattern:
    /^(?:(?:if|once|where)\s[^,.;]{0,160}?,?\s+(?:it|the\s+(?:council|landlord|local\s+authority))\s+(?:should|must|will)\b|(?:it|the\s+(?:council|landlord|local\s+authority))\s+(?:should|must|will)\s+then\b)/i,
  reason: 'the next step of the listed task, or what it does if a condition holds: part of that task',
  fixture: 'If the Council decides the room is unsuitable it should offer another room without delay.',
  alsoMatches: ['The Council should then complete the review and write to Mr T with its decision.'],
  counter: 'The Council should also review its procedures.',
};

/** A lead-in to a list of themes or reasons ("The main themes of complaints were:"), not actions. */
export const THEMES_LEAD: SentenceRule = {
  id: 'lead-in.themes',
  pattern:
    /\b(?:themes?|issues|reasons|types|categories|trends|areas\s+of\s+complaint)\b[^:]{0,160}\b(?:were|are|was|is|include[sd]?|included)\s*:\s*$/i,
  reason: 'what complaints were about follows, not what was done',
  fixture: 'The main themes of complaints in the year were:',
  counter: 'The following improvements were made:',
};

/** A sentence about the meeting or the report, or a count: its rule. */
export function proceedingsSentence(sentence: string): SentenceRule | null {
  // the paragraph number goes ("3.3 ", "2) "), a count after it stays ("3.3 24 decisions were ...")
  const s = sentence
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      /^[^A-Za-z\d]*(?:(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(?[ivx]{1,4}\)|\(?[a-z]\))\s+)?[^A-Za-z\d]*/,
      '',
    );
  for (const r of PROCEEDINGS_SENTENCES) if (r.pattern.test(s)) return r;
  return null;
}

/**
 * A lead-in in the complainant's voice ("Ms X wants the Council to:", "Mr L complained the
 * Council:", "In his letter Mr B said the Council should:"): the items under it are the complaint
 * or the wish, not agreed actions.
 */
export const WISH_LEAD: SentenceRule = {
  id: 'lead-in.complainant-voice',
  pattern:
    /^(?:[\W\d]*)(?:(?:in|on|at|during|when)\s+(?:his|her|their|a|an|the)\s+[^,:]{0,40}?,?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'\u2019-]*|the\s+(?:complainants?|residents?|famil(?:y|ies)|parents?)|(?:she|he|they))\b[^:]{0,80}?\b(?:wants?|wanted|would\s+like|asks?|asked|complain(?:s|ed)?|says?|said|claims?|claimed|believes?|alleges?|alleged|considers?|feels?|felt)\b[^:]{0,120}:\s*$/i,
  reason: "the complainant's complaint points or wishes follow, not the organisation's actions",
  fixture: 'Mrs D says the Council:',
  counter: 'The Council has agreed to:',
};

/** Does a stock sentence match? Returns its rule. */
export function stockSentence(sentence: string): SentenceRule | null {
  const s = sentence
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\W\d]+/, '');
  for (const r of STOCK_SENTENCES) if (r.pattern.test(s)) return r;
  return null;
}

/** One line an officer understands for an action form. */
export const FORM_WHY: Readonly<Record<ActionFormKind, string>> = {
  agreed: 'the organisation agreed to act',
  recommend: 'a recommendation',
  modal: 'the organisation will, should or must act',
  imperative: 'an instruction to act',
  implemented: 'an action reported as done',
  nominal: 'names an action',
  that: "a recommendation ('That the ...')",
  remedy_money: 'a remedy payment',
};

/** The rule id of an action form ("form.remedy-money"). */
export function formRuleId(kind: ActionFormKind): string {
  return `form.${kind.replace(/_/g, '-')}`;
}
