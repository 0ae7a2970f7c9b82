/**
 * Sections: what kind of part of the document a heading opens. Action sections hold the
 * recommendations (Agreed action, Recommendations, Orders, Putting things right, lessons learnt,
 * Improvements, learning lists, a panel's recommendations, the council's response); other known
 * headings close them; unknown short headings (service names, sub-headings) keep the current section.
 */

export type SectionKind =
  'action' | 'learning' | 'summary' | 'narrative' | 'final' | 'statistics' | 'committee' | 'none';

/**
 * What a section is for, finer than its kind: the engine reads each role differently (see
 * candidates.ts). Remedy and response sections hold the actions; the complaint, the Ombudsman's
 * role and powers, the law and the account of the investigation never do.
 */
export type SectionRole =
  | 'summary'
  | 'complaint'
  | 'role_and_powers'
  | 'background_law'
  | 'investigation'
  | 'findings'
  | 'conclusions'
  | 'remedy'
  | 'response'
  | 'learning'
  | 'final_decision'
  | 'statistics'
  | 'committee';

/** A heading rule, kept as data: an id, the headings it knows, the role, why, and an example. */
export interface SectionRule {
  id: string;
  /** Tested against the heading with its number, markdown and trailing colon removed. */
  pattern: RegExp;
  role: SectionRole;
  reason: string;
  /** A heading of our own writing in the shape of the real ones. */
  fixture: string;
}

/** The kind of section (what the candidate finder keys on) that a role opens. */
export const KIND_OF_ROLE: Record<SectionRole, SectionKind> = {
  summary: 'summary',
  complaint: 'narrative',
  role_and_powers: 'narrative',
  background_law: 'narrative',
  investigation: 'narrative',
  findings: 'narrative',
  conclusions: 'narrative',
  remedy: 'action',
  response: 'action',
  learning: 'learning',
  final_decision: 'final',
  statistics: 'statistics',
  committee: 'committee',
};

/** First match wins: the order matters where two patterns could both match. */
export const SECTION_RULES: readonly SectionRule[] = [
  {
    id: 'heading.committee',
    pattern:
      /^(?:recommendations?\s+(?:to|for)\s+(?:the\s+)?(?:committee|cabinet|panel|board)|purpose\s+of\s+(?:the\s+)?report|decision\s+required)$/i,
    role: 'committee',
    reason: "what a committee paper asks its members to do (note the report), not the organisation's actions",
    fixture: 'Recommendations to the Committee',
  },
  {
    id: 'heading.meeting-record',
    pattern:
      /^(?:minutes|invited|additional\s+documents|supporting\s+documents|background\s+papers|attendance|present|(?:members\s+)?in\s+attendance)$/i,
    role: 'investigation',
    reason:
      "a meeting page's record of what was said and done: ends the committee's own recommendation, and is read as an account (what the council did is in it)",
    fixture: 'Minutes:',
  },
  {
    id: 'heading.ombudsman-final-decision-header',
    pattern:
      /^(?:the\s+)?(?:housing\s+|local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman[\u2019']s\s+final\s+decision$/i,
    role: 'summary',
    reason: 'an LGSCO decision page opens with this line and its summary paragraph under it',
    fixture: "The Ombudsman's final decision:",
  },
  {
    id: 'heading.final-decision',
    pattern:
      /^(?:final\s+decision|decision|investigator[\u2019']s\s+(?:final\s+)?decision|determination|(?:my|our)\s+decision(?:\s+\(determination\))?|conclusion\s+and\s+decision|closing\s+remarks)$/i,
    role: 'final_decision',
    reason: 'the closing decision, which restates the outcome and the agreed remedy in short',
    fixture: 'Final decision',
  },
  {
    id: 'heading.response',
    pattern:
      /^(?:response\s+(?:of|from)\s+(?:the\s+)?(?:director|council|local\s+authority|service|head\s+of\s+service|chief\s+executive).*|(?:council|local\s+authority|director)[\u2019']?s?\s+response.*|response\s+to\s+(?:the\s+)?(?:panel[\u2019']s\s+)?recommendations?.*|adjudication.*)$/i,
    role: 'response',
    reason: "a Stage 2 or panel report's response section, where the organisation accepts the actions",
    fixture: "Director's response to the recommendations",
  },
  {
    id: 'heading.remedy',
    pattern:
      /^(?:agreed\s+actions?|actions?(?:\s+(?:agreed|required|taken|to\s+be\s+taken|plan))?|(?:our\s+)?recommendations?(?:\s+(?:made|accepted|and\s+actions?|from\s+.*|of\s+the\s+.*|to\s+the\s+(?:council|local\s+authority|service)))?|recommended\s+actions?|recommendation\s+\d+.*|orders?(?:\s+and\s+recommendations)?|putting\s+things\s+right|remed(?:y|ies)|(?:agreed|proposed)\s+remed(?:y|ies)|what\s+(?:the\s+council|the\s+landlord|we|i|the\s+local\s+authority)\s+(?:should|will|has\s+agreed\s+to|must)\s+do.*|action\s+(?:the\s+council|the\s+landlord|we|the\s+local\s+authority)\s+(?:will|should|has\s+agreed\s+to|must)\s+take|panel(?:[\u2019']s)?\s+recommendations?.*|summary\s+of\s+(?:the\s+)?recommendations.*|findings\s+and\s+recommendations.*|outcomes?\s+and\s+(?:lessons?|recommendations).*|(?:summary\s+of\s+)?recommendations\s+and\s+(?:the\s+)?(?:response|outcomes?).*)$/i,
    role: 'remedy',
    reason: 'the action section of a decision or report: agreed action, recommendations, orders',
    fixture: 'Agreed action',
  },
  {
    id: 'heading.resolved',
    pattern: /^(?:it\s+was\s+)?(?:unanimously\s+)?resolved(?:\s+that)?\s*[:\-\u2013]*\s*$/i,
    role: 'remedy',
    reason: "a committee's resolutions: what it decided the council will do (noting a report is no action)",
    fixture: 'It was RESOLVED:-',
  },
  {
    id: 'heading.learning',
    pattern:
      /^(?:(?:lessons?\s+(?:learnt|learned)|learning(?:\s+(?:actions?|points?|outcomes?|and\s+improvements?|from\s+complaints?.*|identified.*))?|.*\bidentified\s+learning|.*\blearning\s+from\s+complaints.*|improvements?|service\s+improvements?.*|(?:brief\s+)?examples\s+of\s+service\s+improvements?.*|what\s+we\s+(?:have\s+)?(?:learned|learnt|changed|did|are\s+doing).*|you\s+said,?\s+we\s+did|changes?\s+(?:made|to\s+services?).*|improvements?\s+to\s+.*|actions?\s+(?:taken|implemented).*|learning\s+and\s+service\s+improvements?.*|.*\bLGSCO\b.*\blearning\b.*))$/i,
    role: 'learning',
    reason: 'lessons learnt and service improvements (in a Housing Ombudsman decision: general advice)',
    fixture: 'Lessons learnt',
  },
  {
    id: 'heading.summary',
    pattern: /^(?:summary|introduction|key\s+facts)$/i,
    role: 'summary',
    reason: 'the summary restates the outcome and, often, the agreed remedy in short',
    fixture: 'Summary',
  },
  {
    id: 'heading.complaint',
    pattern:
      /^(?:(?:the\s+)?complaint|what\s+the\s+complaint\s+is\s+about|the\s+complaints?\s+(?:made|raised))$/i,
    role: 'complaint',
    reason: 'the complaint as the complainant put it, and what they want: never an agreed action',
    fixture: 'The complaint',
  },
  {
    id: 'heading.role-and-powers',
    pattern:
      /^(?:(?:(?:housing|local\s+government(?:\s+and\s+social\s+care)?)\s+)?ombudsman(?:[\u2019']s)?\s+(?:role|powers|jurisdiction|approach|remit).*|our\s+(?:role|approach).*|jurisdiction|ombudsman)$/i,
    role: 'role_and_powers',
    reason: "the Ombudsman's stock account of its own powers ('We must also consider ...')",
    fixture: 'The Ombudsman\u2019s role and powers',
  },
  {
    id: 'heading.ombudsman-other',
    pattern: /^(?:ombudsman|LGSCO|LGO)\b.*$/i,
    role: 'summary',
    reason:
      "another heading naming the Ombudsman (an annual report's 'Ombudsman decisions') summarises its decisions",
    fixture: 'Ombudsman decisions',
  },
  {
    id: 'heading.background-law',
    pattern:
      /^(?:legal\s+and\s+administrative\s+background|background|(?:law|legislation)\b.*|relevant\s+(?:law|legislation|guidance).*|law\s+and\s+guidance|guidance|policies\s+and\s+procedures)$/i,
    role: 'background_law',
    reason: 'what the law, guidance or policy says organisations must do in general',
    fixture: 'Legal and administrative background',
  },
  {
    id: 'heading.investigation',
    pattern:
      /^(?:what\s+i\s+(?:have\s+and\s+have\s+not\s+)?investigated|what\s+i\s+have\s+investigated|how\s+i\s+considered\s+this\s+complaint|(?:the\s+|my\s+|our\s+)?investigation|scope(?:\s+of\s+.*)?|chronology|events|what\s+happened|summary\s+of\s+events|referral\s+to\s+the\s+ombudsman)$/i,
    role: 'investigation',
    reason: 'what was investigated and what happened before the complaint',
    fixture: 'What I have investigated',
  },
  {
    id: 'heading.findings',
    pattern:
      /^(?:what\s+i\s+(?:have\s+)?found|what\s+we\s+found(?:\s+and\s+why)?|my\s+(?:findings|assessment)|findings?(?:\s+on\s+.*)?|analysis|assessment(?:\s+and\s+findings)?|complaint\s+\d+.*|complaint\s+point\s+\d+.*|point\s+\d+.*|head\s+of\s+complaint.*|the\s+landlord[\u2019']s\s+.*|comments\s+on\s+.*|parts?\s+of\s+the\s+complaint\s+.*|reasons?.*|summary\s+of\s+reasons|reasonable\s+redress|(?:the\s+)?panel[\u2019']s\s+(?:findings|view|consideration).*)$/i,
    role: 'findings',
    reason: "the Ombudsman's findings: 'should have' describes a past failing, not an action",
    fixture: 'What I found',
  },
  {
    id: 'heading.conclusions',
    pattern: /^conclusions?$/i,
    role: 'conclusions',
    reason: 'the conclusions may restate what the organisation agreed to do',
    fixture: 'Conclusions',
  },
  {
    id: 'heading.statistics',
    pattern:
      /^(?:statistics|performance|timescales|complaints\s+(?:received|by\s+.*)|compliments.*|comments|numbers?\s+of\s+.*|appendix.*|contents|glossary|equality.*|financial\s+implications|legal\s+implications|risk.*|background\s+papers|contact\s+officer.*)$/i,
    role: 'statistics',
    reason: 'figures and report apparatus, no actions',
    fixture: 'Complaints received',
  },
];

/**
 * Other names for an action section ("Conclusions and recommendations", "How the Council will put
 * things right") when no rule above knows the heading and it is not about statistics.
 */
export const LOOSE_REMEDY_RULE: SectionRule = {
  id: 'heading.remedy-loose',
  pattern:
    /\b(?:recommendations?|agreed\s+actions?|remed(?:y|ies)|put(?:ting)?\s+(?:things|it|this|matters)\s+right|what\s+(?:should|will|must)\s+happen\s+next)\b/i,
  role: 'remedy',
  reason: 'a short heading naming recommendations or remedies opens an action section',
  fixture: 'How the Council will put things right',
};

/**
 * A heading that names remedy words but is about statistics or a committee, the Ombudsman's own
 * guidance ("Our Guidance on remedies", a heading of the law and guidance part of "What I found"),
 * or a label with its value ("Decision status: Recommendations Approved").
 */
const LOOSE_NOT_REMEDY =
  /\b(?:compl(?:y|ied|iance)|numbers?|statistics|performance|timel\w*|rates?|outcomes\s+of\s+complaints|to\s+(?:the\s+)?(?:committee|cabinet|board)|guidance\s+on\s+remed(?:y|ies))\b|^[A-Z][\w ?]{2,40}:\s*\S/i;

/** A known heading: its role, the kind of section it opens and the rule that knew it. */
export interface SectionMatch {
  role: SectionRole;
  kind: SectionKind;
  rule: SectionRule;
}

const cache = new Map<string, SectionMatch | null>();

/** Classify a heading; null when it is not a heading we know (keep the current section). Memoised. */
export function classifyHeading(raw: string): SectionKind | null {
  return matchHeading(raw)?.kind ?? null;
}

/** The role of a heading and the rule that knew it; null for a heading we do not know. Memoised. */
export function matchHeading(raw: string): SectionMatch | null {
  if (raw.length > 200) return null;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const m = matchUncached(raw);
  if (cache.size > 20000) cache.clear();
  cache.set(raw, m);
  return m;
}

/** How the headings of one document read, given every heading line in it. */
export interface DocumentHeadings {
  /** The section a heading opens (null: not a heading we know; keep the current section). */
  classify(raw: string): SectionKind | null;
  /** The same, with the role and the rule. */
  match(raw: string): SectionMatch | null;
  /** A running page header: skipped, it ends neither a list nor its section. */
  isRunningHeader(raw: string): boolean;
}

/**
 * Headings read in the context of their document. A heading line repeated three times or more,
 * or a line of four or more words repeated at all (a short document's running page header,
 * "Fenbury complaints remedies report 2025"), opens a section only in a known form; a line with a
 * slug or file name, or a repeated unknown line of four or more words, is a running header.
 */
export function documentHeadings(headings: string[]): DocumentHeadings {
  const key = (raw: string): string => raw.trim().replace(/\s+/g, ' ');
  const count = new Map<string, number>();
  for (const h of headings) count.set(key(h), (count.get(key(h)) ?? 0) + 1);
  const facts = (raw: string): { repeated: boolean; long: boolean; seen: number } => {
    const seen = count.get(key(raw)) ?? 0;
    const long = key(raw).split(' ').length >= 4;
    return { repeated: seen >= 3, long, seen };
  };
  const match = (raw: string): SectionMatch | null => {
    const f = facts(raw);
    return f.repeated || (f.seen >= 2 && f.long) ? matchRepeatedHeading(raw) : matchHeading(raw);
  };
  return {
    classify: (raw) => match(raw)?.kind ?? null,
    match,
    isRunningHeader: (raw) => {
      if (match(raw) !== null) return false;
      const f = facts(raw);
      return isRunningHeader(raw) || (f.repeated && f.long);
    },
  };
}

/** A line holding a slug or file name: a running page header, not part of the text's structure. */
export function isRunningHeader(raw: string): boolean {
  return SLUG_TOKEN.test(raw.trim());
}

function matchRepeatedHeading(raw: string): SectionMatch | null {
  const m = matchHeading(raw);
  if (m?.kind !== 'action') return m;
  return matchUncached(raw, false);
}

/** The heading as the rules read it: numbering, markdown, a trailing colon and a leading "the" removed. */
export function headingKey(raw: string): string {
  return raw
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Z]\.|[ivx]+\.)\s+/i, '')
    .replace(/[:.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .replace(
      /^the\s+(?=(?:panel|council|local|director|ombudsman|landlord|recommendations?|complaint\b|investigation|law|legislation))/i,
      '',
    );
}

function found(rule: SectionRule): SectionMatch {
  return { role: rule.role, kind: KIND_OF_ROLE[rule.role], rule };
}

function matchUncached(raw: string, loose = true): SectionMatch | null {
  const t = headingKey(raw);
  if (!t) return null;
  // a running page header or a file name ("Redress bench odd-02-remedy-in-conclusions",
  // "lgsco_decision_2024.pdf") is not a heading, whatever section words its slug holds
  if (SLUG_TOKEN.test(t)) return null;
  for (const rule of SECTION_RULES) if (rule.pattern.test(t)) return found(rule);
  if (loose && t.split(' ').length <= 8 && LOOSE_REMEDY_RULE.pattern.test(t) && !LOOSE_NOT_REMEDY.test(t))
    return found(LOOSE_REMEDY_RULE);
  return null;
}

/**
 * A slug or file-name token: words joined by hyphens or underscores into one token with a number
 * in it or four or more parts ("odd-02-remedy-in-conclusions", "case_ref_22_005"), or a name with
 * a document extension. "Face-to-face visits" or "Follow-up actions" still read as headings.
 */
const SLUG_TOKEN =
  /(?:^|\s)(?=\S*[-_])(?:(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}|[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){3,})(?:\.[a-z]{2,4})?(?=\s|$)|\S+\.(?:pdf|docx?|txt|rtf|odt|html?)(?=\s|$)/i;

export function isActionSection(k: SectionKind): boolean {
  return k === 'action' || k === 'learning';
}
