/**
 * Sections: what kind of part of the document a heading opens. Action sections hold the
 * recommendations (Agreed action, Recommendations, Orders, Putting things right, lessons learnt,
 * Improvements, learning lists, a panel's recommendations, the council's response); other known
 * headings close them; unknown short headings (service names, sub-headings) keep the current section.
 */

export type SectionKind =
  'action' | 'learning' | 'summary' | 'narrative' | 'final' | 'statistics' | 'committee' | 'none';

const ACTION_HEADING =
  /^(?:agreed\s+actions?|actions?(?:\s+(?:agreed|required|taken|to\s+be\s+taken|plan))?|(?:the\s+)?recommendations?(?:\s+(?:made|accepted|and\s+actions?|from\s+.*|of\s+the\s+.*|to\s+the\s+(?:council|local\s+authority|service)))?|recommended\s+actions?|recommendation\s+\d+.*|orders?(?:\s+and\s+recommendations)?|orders\s+and\s+recommendations|putting\s+things\s+right|remed(?:y|ies)|agreed\s+remed(?:y|ies)|proposed\s+remed(?:y|ies)|what\s+(?:the\s+council|the\s+landlord|we|i|the\s+local\s+authority)\s+(?:should|will|has\s+agreed\s+to|must)\s+do.*|action\s+(?:the\s+council|the\s+landlord|we|the\s+local\s+authority)\s+(?:will|should|has\s+agreed\s+to|must)\s+take|panel(?:[\u2019']s)?\s+recommendations?.*|response\s+(?:of|from)\s+(?:the\s+)?(?:director|council|local\s+authority|service|head\s+of\s+service|chief\s+executive).*|summary\s+of\s+(?:the\s+)?recommendations.*|(?:the\s+)?(?:council|local\s+authority|director)[\u2019']?s?\s+response.*|response\s+to\s+(?:the\s+)?(?:panel[\u2019']s\s+)?recommendations?.*|adjudication.*|findings\s+and\s+recommendations.*|outcomes?\s+and\s+(?:lessons?|recommendations).*|(?:summary\s+of\s+)?recommendations\s+and\s+(?:the\s+)?(?:response|outcomes?).*)$/i;
const LEARNING_HEADING =
  /^(?:(?:lessons?\s+(?:learnt|learned)|learning(?:\s+(?:actions?|points?|outcomes?|and\s+improvements?|from\s+complaints?.*|identified.*))?|.*\bidentified\s+learning|.*\blearning\s+from\s+complaints.*|improvements?|service\s+improvements?.*|(?:brief\s+)?examples\s+of\s+service\s+improvements?.*|what\s+we\s+(?:have\s+)?(?:learned|learnt|changed|did|are\s+doing).*|you\s+said,?\s+we\s+did|changes?\s+(?:made|to\s+services?).*|improvements?\s+to\s+.*|actions?\s+(?:taken|implemented).*|learning\s+and\s+service\s+improvements?.*|.*\bLGSCO\b.*\blearning\b.*))$/i;
const SUMMARY_HEADING =
  /^(?:summary|the\s+complaint|complaint|what\s+happened|introduction|key\s+facts|background)$/i;
const NARRATIVE_HEADING =
  /^(?:what\s+i\s+(?:have\s+and\s+have\s+not\s+)?(?:found|investigated)|what\s+i\s+have\s+investigated|what\s+i\s+have\s+and\s+have\s+not\s+investigated|how\s+i\s+considered\s+this\s+complaint|legal\s+and\s+administrative\s+background|(?:the\s+)?(?:ombudsman|law|legislation)\b.*|relevant\s+law.*|law\s+and\s+guidance|guidance|my\s+(?:investigation|findings|assessment)|findings?(?:\s+on\s+.*)?|analysis|conclusions?|assessment(?:\s+and\s+findings)?|the\s+investigation|investigation|scope(?:\s+of\s+.*)?|chronology|events|complaint\s+\d+.*|complaint\s+point\s+\d+.*|point\s+\d+.*|head\s+of\s+complaint.*|the\s+landlord[\u2019']s\s+.*|policies\s+and\s+procedures|comments\s+on\s+.*|parts?\s+of\s+the\s+complaint\s+.*|reasons?.*|our\s+role.*|jurisdiction|what\s+we\s+found|(?:the\s+)?panel[\u2019']s\s+(?:findings|view|consideration).*)$/i;
const FINAL_HEADING =
  /^(?:final\s+decision|decision|investigator[\u2019']s\s+(?:final\s+)?decision|determination|my\s+decision|our\s+decision|conclusion\s+and\s+decision|closing\s+remarks)$/i;
const STATISTICS_HEADING =
  /^(?:statistics|performance|timescales|complaints\s+(?:received|by\s+.*)|compliments.*|comments|numbers?\s+of\s+.*|appendix.*|contents|glossary|equality.*|financial\s+implications|legal\s+implications|risk.*|background\s+papers|contact\s+officer.*)$/i;
const COMMITTEE_HEADING =
  /^(?:recommendations?\s+to\s+(?:the\s+)?(?:committee|cabinet|panel|board)|recommendations?\s+for\s+(?:the\s+)?(?:committee|cabinet|panel|board)|purpose\s+of\s+(?:the\s+)?report|decision\s+required)$/i;

const cache = new Map<string, SectionKind | null>();

/** Classify a heading; null when it is not a heading we know (keep the current section). Memoised. */
export function classifyHeading(raw: string): SectionKind | null {
  if (raw.length > 200) return null;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const kind = classifyUncached(raw);
  if (cache.size > 20000) cache.clear();
  cache.set(raw, kind);
  return kind;
}

/** How the headings of one document read, given every heading line in it. */
export interface DocumentHeadings {
  /** The section a heading opens (null: not a heading we know; keep the current section). */
  classify(raw: string): SectionKind | null;
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
  const classify = (raw: string): SectionKind | null => {
    const f = facts(raw);
    return f.repeated || (f.seen >= 2 && f.long) ? classifyRepeatedHeading(raw) : classifyHeading(raw);
  };
  return {
    classify,
    isRunningHeader: (raw) => {
      if (classify(raw) !== null) return false;
      const f = facts(raw);
      return isRunningHeader(raw) || (f.repeated && f.long);
    },
  };
}

/** A line holding a slug or file name: a running page header, not part of the text's structure. */
export function isRunningHeader(raw: string): boolean {
  return SLUG_TOKEN.test(raw.trim());
}

/**
 * Classify a heading line that repeats through the document. A running page
 * header ("Westerleigh Council remedies report") is not a section heading: only a heading in one of
 * the known forms counts; a longer line that merely holds an action word does not.
 */
export function classifyRepeatedHeading(raw: string): SectionKind | null {
  const kind = classifyHeading(raw);
  if (kind !== 'action') return kind;
  return classifyUncached(raw, false);
}

function classifyUncached(raw: string, loose = true): SectionKind | null {
  const t = raw
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
  if (!t) return null;
  // a running page header or a file name ("Redress bench odd-02-remedy-in-conclusions",
  // "lgsco_decision_2024.pdf") is not a heading, whatever section words its slug holds
  if (SLUG_TOKEN.test(t)) return null;
  if (COMMITTEE_HEADING.test(t)) return 'committee';
  if (FINAL_HEADING.test(t)) return 'final';
  if (ACTION_HEADING.test(t)) return 'action';
  if (LEARNING_HEADING.test(t)) return 'learning';
  if (SUMMARY_HEADING.test(t)) return 'summary';
  if (NARRATIVE_HEADING.test(t)) return 'narrative';
  if (STATISTICS_HEADING.test(t)) return 'statistics';
  // other names for an action section ("Conclusions and recommendations", "Remedies and
  // recommendations", "How the Council will put things right"), not statistics about them
  if (
    loose &&
    t.split(' ').length <= 8 &&
    OTHER_ACTION_HEADING.test(t) &&
    !/\b(?:compl(?:y|ied|iance)|numbers?|statistics|performance|timel\w*|rates?|outcomes\s+of\s+complaints|to\s+(?:the\s+)?(?:committee|cabinet|board))\b/i.test(
      t,
    )
  )
    return 'action';
  return null;
}

/**
 * A slug or file-name token: words joined by hyphens or underscores into one token with a number
 * in it or four or more parts ("odd-02-remedy-in-conclusions", "case_ref_22_005"), or a name with
 * a document extension. "Face-to-face visits" or "Follow-up actions" still read as headings.
 */
const SLUG_TOKEN =
  /(?:^|\s)(?=\S*[-_])(?:(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}|[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){3,})(?:\.[a-z]{2,4})?(?=\s|$)|\S+\.(?:pdf|docx?|txt|rtf|odt|html?)(?=\s|$)/i;

const OTHER_ACTION_HEADING =
  /\b(?:recommendations?|agreed\s+actions?|remed(?:y|ies)|put(?:ting)?\s+(?:things|it|this|matters)\s+right|what\s+(?:should|will|must)\s+happen(?:\s+next)?)\b/i;

export function isActionSection(k: SectionKind): boolean {
  return k === 'action' || k === 'learning';
}
