/**
 * Category rules: the kind of action, from its verb and object. Ordered: the first rule that
 * matches the action's core (the text from its verb on) wins. Each rule has a name for `explain`.
 */
import { RecommendationCategory } from './types';

export interface CategoryRule {
  name: string;
  category: RecommendationCategory;
  test: RegExp;
}

const PERSON = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z]\\b';

export const CATEGORY_RULES: CategoryRule[] = [
  {
    name: 'report back to the Ombudsman, a committee or management',
    category: 'report_back',
    test: /\b(?:(?:share|shares|send|sends|provide|provides)\s+(?:the\s+|its\s+|their\s+)?(?:outcomes?|results?|findings|conclusions)\s+(?:of\s+(?:[\w'\u2019-]+\s+){1,6}?)?(?:with|to)\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:committee|board|panel|cabinet)\b|report(?:s|ed|ing)?\s+(?:back\s+)?(?:to|on)\s+(?:the\s+)?(?:ombudsman|us|committee|cabinet|full\s+council|scrutiny|members|senior|management|director)|report(?:s|ed|ing)?\s+(?:back\s+)?to\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:board|committee|panel|cabinet|forum|leadership\s+team)\b|taken\s+to\s+full\s+council|(?:update|tell|inform)\s+(?:us|the\s+ombudsman)\b|provided?\s+(?:the\s+)?ombudsman\s+with\s+(?:a\s+)?(?:written\s+)?report|contact\s+my\s+office|written\s+report\s+(?:to|for)\s+(?:the\s+)?ombudsman|reports?\s+(?:back\s+)?(?:its|the)\s+(?:findings|progress|outcomes?|results?)\b)/i,
  },
  {
    name: 'audit or review other cases / write to others affected',
    category: 'audit_similar_cases',
    test: /\b(?:other\s+(?:cases|families|people|complainants|residents|tenants|service\s+users|parents|children|carers)|(?:write|writes|wrote|contact|contacts)\s+(?:to\s+)?(?:all|any|every)\s+(?:other\s+)?(?:[\w-]+\s+){0,3}?(?:who|whose|where|affected)\b|(?:check|checks|review|reviews|identify|identifies|look\s+at|looks\s+at)\s+(?:all|any|every)\s+(?:other\s+)?(?:[\w-]+\s+){0,3}?(?:accounts|cases|files|applications|claims|records|appeals|referrals|decisions\s+made|complaints(?!\s+(?:that\s+|which\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]|he|she|they)\b)(?!\s+(?:from|by)\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|him|her|them)\b))\s+(?:where|in\s+which|that|from|since|made|received|opened|decided|over|in\s+the\s+(?:last|past))\b|(?:check|review|identify)\s+(?:all|any|every)\s+(?:other\s+)?(?:overdue|outstanding|late|delayed)\s+complaints\b|(?:anyone|everyone|any\s+(?:other\s+)?(?:person|people|family|families|resident|tenant|customer)s?)\s+(?:else\s+)?(?:who\s+(?:may\s+have\s+been|was|were|has\s+been|is)\s+)?(?:similarly\s+)?affected|others\s+(?:who\s+)?(?:may\s+have\s+been\s+)?(?:similarly\s+)?affected|similarly\s+affected|potentially\s+affected|all\s+parents\s+who|audit(?:s|ed|ing)?\b|quality\s+audits|case\s+audits|dip[\s-]?sample|identify\s+(?:any|all)\s+(?:other|similar))/i,
  },
  {
    name: 'apology',
    category: 'apology',
    test: /\bapologi[sz]\w*|\bapology\b|\bapologies\b|\bsay\s+sorry\b/i,
  },
  {
    name: 'payment, refund or reduction of a charge',
    category: 'payment',
    test: /^(?:an?\s+|the\s+)?payments?\b|\b(?:pay(?:s|ing)?\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|him\b|her\b|them\b|the\s+(?:complainant|sum|amount|family|resident|tenant|estate|money|balance\s+to|man|woman|couple|parents?)|£|an?\s+|any\s+|back|for\s+(?:the|her|his|their|any)|compensation|interest|costs?)|paid\s+(?:an?\s+)?(?:extra|additional|further|total|sum)|(?:make|makes|made|making|agree|provide|offer)\s+(?:an?\s+|the\s+|any\s+|further\s+)?(?:\w+\s+){0,3}payments?|payments?\s+(?:of|to|for|in\s+recognition)|(?:symbolic|financial|goodwill|redress|remedy|compensation|time\s+and\s+trouble)\s+payments?|(?<!\b(?:about|regarding|on|policy\s+for)\s+(?:its\s+|the\s+)?)(?:refund\w*|reimburs\w*|repay\w*)|compensat\w*|recompense|financial\s+(?:redress|remedy|settlement)|£\s?\d|backdat\w*\s+(?:\w+\s+){0,3}(?:payments?|support|allowances?|benefits?|costs?|contributions?|any\s+reduced\s+costs)|back-dat\w*\s+(?:\w+\s+){0,3}(?:payments?|support|allowances?)|waive\w*|write[\s-]off|written\s+off|(?:removal|cancellation|waiver|write-off)\s+of\s+(?:the\s+|any\s+|all\s+|some\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:invoices?|charges?|debts?|arrears|bills?|fees?|balance|costs)\b|(?:reduce|reduces|reduced|cancel|cancels|cancelled|withdraw|withdraws|withdrawn|remove|removes|deduct|deducts|deducted)\s+(?:the\s+|any\s+|all\s+)?(?:outstanding\s+)?(?:£\s?[\d,.]+\s+)?(?:[\w-]+\s+){0,2}?(?:invoices?|charges?|debts?|arrears|bills?|fees?|balance|costs))/i,
  },
  {
    name: 'staff training',
    category: 'staff_training',
    test: /\b(?:train|trains|trained|training|workshops?|refresher|learning\s+sessions?|development\s+sessions?|briefing\s+sessions?|away\s+day|e-learning|learning\s+(?:and|&)\s+development|induction)\b/i,
  },
  {
    name: 'staff reminder or guidance',
    category: 'staff_reminder',
    test: /^(?:have|has)\s+(?:also\s+)?been\s+(?:asked|told|advised|instructed|reminded)\s+to\b|\b(?:remind(?:s|ed|ing)?\b|reminders?\b(?!\s+(?:letters?|notices?|texts?|emails?))|memo\b|staff\s+briefing|brief(?:s|ed)?\s+(?:all\s+)?(?:staff|officers|workers)|(?:share|shared|sharing|disseminat\w+|cascad\w+|circulat\w+)\s+(?:the\s+)?(?:learning|lessons|findings|this\s+decision|the\s+decision|instructions?|guidance)|instructions?\s+(?:were|was)\s+shared|(?:staff|officers|workers|practitioners|social\s+workers|managers)\s+(?:have\s+been|were|are|should\s+be)\s+(?:asked|told|advised|made\s+aware|reminded|informed)|made\s+(?:\w+\s+){0,3}(?:fully\s+)?aware|are\s+aware\s+of\s+the\s+requirement|(?:issue|issued|issues)\s+(?:a\s+)?(?:staff\s+)?guidance(?:\s+note)?\s+to\s+staff)/i,
  },
  {
    name: 'reassessment',
    category: 'reassessment',
    test: new RegExp(
      `\\b(?:re-?assess\\w*|assessments?\\s+of\\s+(?:the|this|her|his|their)\\s+(?:case|claim|application|needs)\\b|(?:new|fresh|further|carers?|young\\s+carer|needs|care)\\s+assessments?|assess(?:es|ed)?\\s+(?:${PERSON}|her|his|their|[A-Z]\\b)|complete(?:s|d)?\\s+(?:the\\s+)?(?:revisions?\\s+to\\s+the\\s+)?(?:assessment|review)\\s+of\\s+(?:${PERSON}|[A-Z][\\u2019']s|her|his)|revisions?\\s+to\\s+the\\s+assessment|review\\s+(?:${PERSON}[\\u2019']s|[A-Z][\\u2019']s|her|his|their)\\s+(?:care|needs|support|package|plan|ehc|education)|update\\s+(?:her|his|their)\\s+(?:existing\\s+)?(?:needs\\s+)?assessment)`,
      'i',
    ),
  },
  {
    name: 'reconsider a decision or appeal',
    category: 'reconsider_decision',
    test: /\b(?:reconsider\w*|re-?consider\w*|review\s+(?:its|the|their)\s+decision|revisit\w*|fresh\s+appeal|(?:consider|hear|complete)\s+(?:\w+\s+){0,3}appeals?|appeal\s+(?:about|panel|hearing)|refer\s+the\s+matter\s+back|backdat\w*\s+(?:[\w'\u2019]+\s+){0,3}(?:band|priority|date|registration|application|effective\s+date)|re-?open\w*|re-?investigat\w*|reconsider\s+the\s+complaint|stage\s+(?:two|2)\s+(?:investigations?|appeals?)|(?:properly\s+)?consider\s+(?:his|her|their)\s+request|consider\s+if\s+financial\s+redress|opportunity\s+to\s+(?:provide|present)\s+further\s+evidence)/i,
  },
  {
    name: 'policy, process, letter or form change',
    category: 'policy_change',
    test: /\b(?:introduc\w*|introduction\s+of|new\s+(?:policy|process|procedure|protocol|system|form|template|letter|leaflet|guidance|posts?|case\s+management|checklist|tracker|register|database)|(?:amend|revis|chang|updat|rewrit|redraft)\w*\s+(?:its|the|their|our|any)?\s*(?:[\w-]+\s+){0,4}(?:policy|policies|letters?|forms?|templates?|leaflets?|guidance|website|information|agreement|system|process(?:es)?|procedures?|practice)|(?:letters?|forms?|templates?|leaflets?|guidance|website|policy|system)\s+(?:has|have)\s+(?:now\s+)?been\s+(?:updated|amended|revised|changed)|protocol|guidance\s+(?:note|document|produced)|(?:draft|practice|staff)\s+guidance|issued?\s+(?:a\s+)?(?:staff\s+)?guidance|practice\s+standards|tracker|template|action\s+plan|plan\s+of\s+action|communication\s+strategy|set\s+up\s+(?:a|an)\s+(?:new\s+)?(?:system|process|procedure|protocol|panel|tracker|register|database|checklist)|employment\s+of|additional\s+(?:staff|posts)|posts?\s+(?:were|was|have\s+been)\s+created|recruit\w*|restructur\w*|automated\s+notifications|escalations?\s+to|quarterly\s+meetings|visibility|oversight|capacity)/i,
  },
  {
    name: 'procedure or practice review',
    category: 'procedure_review',
    test: /\b(?:(?:carry\s+out|complete|undertake|conduct)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?review\s+of\s+(?:this|the)\s+(?:case|complaint|handling)\b|review\w*\s+(?:of\s+)?(?:its|the|their|our|any|how|whether|all)?\s*(?:[\w\u2019'-]+\s+){0,3}(?:procedures?|processes|process|practices?|policy|policies|arrangements|guidance|approach|systems?|sufficiency|provision|service|lessons|effectiveness|communication|information\s+pack|tracking|monitoring|record[\s-]keeping)|reviews?\s+how\b|lessons\s+(?:learnt|learned)|lessons\s+learned\s+exercise|prevent\w*\s+(?:further\s+|similar\s+|any\s+)?(?:injustice|recurrence|(?:this|the\s+faults?|it)\s+(?:happening|occurring))|improv\w*|consideration\s+with|discussions?\s+with|consider\s+how|look\s+at\s+how|(?:take|takes|taking)\s+(?:action|steps)\s+to\s+(?:address|tackle|remedy|put\s+right|reduce|avoid)\b|what\s+(?:steps|action|changes)\s+(?:it|they)\s+(?:can|could|should|will|needs?\s+to)\s+(?:take|make)\b|under\s+review|policy\s+and\s+procedures\s+review|proposals|contingency\s+arrangements|steps\s+to\s+ensure|ensure\s+(?:that\s+)?(?:staff|officers|workers|all|its|the\s+service|decisions|reviews|assessments|it\s+makes|there\s+is|complaints))/i,
  },
  {
    name: 'provide a service or information to the person',
    category: 'provide_service',
    test: new RegExp(
      `^(?:an?\\s+|full\\s+|written\\s+)?explanation\\b|\\b(?:provid(?!ers?\\b)\\w*|arrang\\w*|reinstat\\w*|inspect(?:s|ed|ing)?\\s+(?:the|her|his|their)\\b|(?:carry|carries)\\s+out\\s+(?:the\\s+|any\\s+|all\\s+)?(?:\\w+\\s+){0,2}(?:repairs?|works?)\\b|complete(?:s|d)?\\s+(?:the\\s+|any\\s+|all\\s+)?(?:\\w+\\s+){0,2}(?:repairs?|works)\\b|restor\\w*|put\\s+(?:any\\s+)?(?:\\w+\\s+){0,4}in\\s+place|puts\\s+(?:any\\s+)?(?:\\w+\\s+){0,4}in\\s+place|make\\s+(?:\\w+\\s+)?available|made\\s+available|offer\\w*|allocat\\w*|meet\\s+with|explain\\w*|inform\\w*|write\\s+to\\s+${PERSON}|(?:send|give)s?\\s+${PERSON}|support\\s+${PERSON}|ensure\\s+(?:the\\s+)?need\\s+is\\s+met|plan\\s+in\\s+place\\s+with|complete\\s+(?:the\\s+)?(?:ehc|education|care)|finalis\\w+|(?:issue|issues)\\s+(?:the\\s+)?(?:final\\s+)?(?:ehc|plan)|shared\\s+with\\s+the\\s+family|worker\\s+has\\s+been\\s+allocated|respond\\s+to\\s+(?:any|her|his|their))`,
      'i',
    ),
  },
];

/** The learning flag each category implies (null for `other`: decided by other signals). */
export const CATEGORY_LEARNING: Record<RecommendationCategory, boolean | null> = {
  apology: false,
  payment: false,
  reassessment: false,
  reconsider_decision: false,
  provide_service: false,
  procedure_review: true,
  staff_training: true,
  staff_reminder: true,
  policy_change: true,
  audit_similar_cases: true,
  report_back: true,
  other: null,
};
