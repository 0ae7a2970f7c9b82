/**
 * The body complained about, as printed: a council ("Wirral Metropolitan Borough Council",
 * "London Borough of Camden", "Council of the Isles of Scilly"), or for Housing Ombudsman decisions
 * the landlord, or the name in an LGSCO decision title line before the reference. Departments,
 * council companies and places are not organisations.
 */
import { FactResult } from './fact-result';

const NAME_WORD = "(?:St\\.|(?!Council\\b)[A-Z][A-Za-z'\u2019&-]*)";
const GENERIC_FIRST =
  /^(?:The|Full|Our|A|An|This|That|Each|Every|Any|County|Borough|City|District|Parish|Town|Local|Other|Both|Which|Whole|Said|Relevant|Lead|Host|Neighbouring|Previous|New|Your|Their|His|Her|Its|In|At|By|For|From|To|Of|And|On|When|If|Then|However|Also|Why|What|Where|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Leader|Chief|Executive|Cabinet|Member|Members|Committee|Scrutiny|Overview|Report|Meeting|Decision|Complaint|Complaints|Summary|Staff|All|Some|Many|Most)$/;
const COUNCIL_NAME = new RegExp(
  `\\b((?:${NAME_WORD}[ \\t]){1,5}(?:(?:Metropolitan[ \\t])?(?:City|County|Borough|District|Town)[ \\t])?Council)\\b|\\b((?:London|Royal)[ \\t]Borough[ \\t]of[ \\t](?:${NAME_WORD}[ \\t]?){1,4})|\\b(Council[ \\t]of[ \\t]the[ \\t]Isles[ \\t]of[ \\t]Scilly|City[ \\t]of[ \\t]London[ \\t]Corporation)\\b`,
  'g',
);
// a bracketed place inside a company's name stays in it: "The Elms Care Home (Ashford) Limited (23 099 999)"
const TITLE_WITH_REFERENCE =
  /^[ \t#*]*(?!To\s+[a-z])([A-Z](?:[^\n()]|\([^\n()]{1,40}\)(?![ \t]*$)){2,140}?)[ \t]*\((\d{2}[ \u00a0]\d{3}[ \u00a0]\d{3}[a-c]?)\)/m;
/** A Housing Ombudsman title: "Peabody Trust (202207126)", "London & Quadrant Housing Trust (L&Q) (202216813)". */
const HOUSING_TITLE = /^[ \t#*]*([A-Z][^\n]{2,140}?)[ \t]*\((20\d{7})\)[ \t]*$/m;
/** A line that is only a body's name, as a mirror site prints its title above the decision. */
const NAME_LINE =
  /^[ \t]*((?:[A-Z][A-Za-z'\u2019&.-]*,?[ \t]+|(?:and|&)[ \t]+){0,7}?(?:(?:Metropolitan[ \t]+)?(?:City|County|Borough|District|Town)[ \t]+)?Council|(?:London|Royal)[ \t]+Borough[ \t]+of[ \t]+[A-Z][A-Za-z'\u2019&. -]{2,40}|Transport for London)[ \t]*$/;
/** The name, in capitalised words (with "and", "of", "upon" ...), right before "(the landlord)" ("... by Fenmoor
 *  Homes Limited (the landlord)", "Homes in Sedgemoor (the landlord)", "Kingston upon Hull City Council (the landlord)"). */
const LANDLORD =
  /\b((?:[A-Z][A-Za-z0-9'&.,-]*[ \t]+(?:(?:and|of|for|in|upon|on|the|&)[ \t]+)*){0,7}[A-Z][A-Za-z0-9'&.,-]*)[ \t]*\((?:the[ \t]+)?landlord\)/;
const LANDLORD_LABEL = /^[ \t]*Landlord[ \t]*:?[ \t]+([A-Z][^\n]{2,100})$/m;
const LANDLORD_LINE =
  /^[ \t]*([A-Z][A-Za-z0-9'&.\- ]{2,80}?(?:Limited|Ltd|Homes|Housing(?:\s+(?:Association|Trust|Group))?|Trust|Association|Council|Group|Partnership|plc|LLP))[ \t]*$/m;

/** A line break before a council's name ("... the way Wirral" / "Metropolitan Borough Council ..."). */
const WRAPPED_BEFORE_COUNCIL = /(?<=[A-Za-z])\n(?=(?:[A-Z][A-Za-z'\u2019&-]*[ \t]+){0,4}Council\b)/g;

/** A labelled line: "Local authority: Fenwick and Haldon District Council". */
const LABELLED_BODY =
  /^[ \t*#]*(?:(?:Local|Responsible|Relevant)\s+(?:authority|body|council)|Council|Authority|Organisation|Body\s+complained\s+about|Complaint\s+(?:against|about)|The\s+body)[ \t]*:[ \t]*([A-Z][^\n:;]{2,100}?)[ \t.]*$/im;
/**
 * Place words joined by "and" before a council name ("Fenwick and Haldon District Council"), taken
 * only where a name can start: a line start, after a label's colon, or after "about", "against",
 * "to", "by", "from", "at".
 */
const JOINED_PLACE_BEFORE =
  /(?:^|[\n:(]|\b(?:about|against|to|by|from|at)\s)[ \t]*((?:[A-Z][a-z'\u2019-]{2,}[ \t]){1,3})and[ \t]+$/;

/**
 * A council's name in capitals as a paper's heading ("BOROUGH OF POOLE", "FENWICK DISTRICT
 * COUNCIL"): the council whose paper it is, printed as it stands.
 */
const CAPITALS_HEADING =
  /^[ \t]*((?:(?:LONDON|ROYAL)[ \t]+)?(?:BOROUGH|CITY|COUNTY|DISTRICT|COUNCIL)[ \t]+OF[ \t]+[A-Z][A-Z'\u2019 &-]{2,40}?|[A-Z][A-Z'\u2019 &-]{2,60}?[ \t]+(?:(?:METROPOLITAN[ \t]+)?(?:BOROUGH|CITY|COUNTY|DISTRICT|TOWN)[ \t]+)?COUNCIL)[ \t]*$/;

function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** Strip leading words that are not part of a name ("Staffordshire County Council" from "The Staffordshire County Council"). */
function trimLeadingGeneric(name: string): string | null {
  let words = name.split(' ');
  for (let i = words.length - 2; i >= 0; i--) {
    if (/^(?:City|County|Borough|District|Town|Metropolitan)$/.test(words[i])) continue;
    if (GENERIC_FIRST.test(words[i]) || /^(?:Maladministration|Injustice|Fault|Tribunal)$/.test(words[i])) {
      words = words.slice(i + 1);
      break;
    }
  }
  if (words.length < 2) return null;
  if (/^(?:City|County|Borough|District|Town|Metropolitan|Council)$/.test(words[0])) return null;
  return words.join(' ');
}

/** After a council's name: "and" another council's name ("... Borough Council (Appendix A) and West Somerset Council"). */
const AND_ANOTHER_COUNCIL = new RegExp(
  `^[ \\t]*(?:\\([^\\n()]{1,40}\\)[ \\t]*)?and[ \\t]+(?:the[ \\t]+)?(?!(?:Parish|Town|Community|County|City|District|Borough|Local|Other|Neighbouring|All|Both|Some|Many|Its|Their|Our|Your|Full)\\b)(?:${NAME_WORD}[ \\t]){1,4}(?:(?:Metropolitan[ \\t])?(?:City|County|Borough|District|Town)[ \\t])?Councils?\\b`,
);

/**
 * `multiCase`: a committee paper or annual report; one that names two councils side by side (a
 * shared service, predecessor councils) reports on both, and has no single organisation.
 */
export function findOrganisation(
  text: string,
  head: string,
  housing: boolean,
  multiCase = false,
): FactResult<string> {
  const title = TITLE_WITH_REFERENCE.exec(head);
  if (title) {
    const name = cleanName(title[1]).replace(/^(?:Decision|Final decision|Report)\s*[:-]\s*/i, '');
    if (name.length >= 3 && !/[.;:]$/.test(name))
      return { value: name, reason: 'title line before the reference' };
  }
  if (housing) {
    const t = HOUSING_TITLE.exec(head.slice(0, 300));
    if (t) return { value: cleanName(t[1]), reason: 'title line before the Housing Ombudsman reference' };
    const l = LANDLORD.exec(head) ?? LANDLORD_LABEL.exec(head) ?? LANDLORD_LINE.exec(head.slice(0, 600));
    if (l) {
      // a line "Complaint about Fenmoor Homes" names the landlord after its first words
      const name = cleanName(l[1]).replace(/^(?:Complaint about|about)\s+/i, '');
      return { value: name, reason: 'landlord named in the decision' };
    }
  }
  // a mirror site's layout: the body's name alone on a line among the first lines, as its title
  if (/\bLGO\b|Ombudsman\)/.test(head.slice(0, 400))) {
    const first = head
      .slice(0, 800)
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 6);
    for (const l of first) {
      const m = NAME_LINE.exec(l);
      if (m) return { value: cleanName(m[1]), reason: 'title line naming the body (mirror layout)' };
    }
  }
  const heading = head
    .slice(0, 600)
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 2)
    .map((l) => CAPITALS_HEADING.exec(l))
    // a meeting's heading is not a name: "REPORT TO FULL COUNCIL", "MEETING OF THE COUNCIL"
    .find(
      (m) => m && !/\b(?:REPORT|MEETING|AGENDA|MINUTES|FULL|TO|CABINET|COMMITTEE|OMBUDSMAN)\b/.test(m[1]),
    );
  if (heading) return { value: cleanName(heading[1]), reason: "a council's name in capitals as the heading" };
  const labelled = LABELLED_BODY.exec(head);
  if (labelled) {
    const name = cleanName(labelled[1]);
    if (name.split(' ').length <= 10 && !/[.,]\s/.test(name))
      return { value: name, reason: 'labelled line naming the body complained about' };
  }
  COUNCIL_NAME.lastIndex = 0;
  const limit = Math.min(text.length, 200_000);
  // a name wrapped at the end of a long PDF line ("... the way Wirral" / "Metropolitan Borough
  // Council handled ..."): the line break read as a space (same length, so offsets hold)
  const scope = text.slice(0, limit).replace(WRAPPED_BEFORE_COUNCIL, (m: string, at: number, all: string) =>
    // only after a long line (61 characters or more): a short line is a heading or a list item
    at - all.lastIndexOf('\n', at - 1) - 1 >= 61 ? ' ' : m,
  );
  for (let m = COUNCIL_NAME.exec(scope); m; m = COUNCIL_NAME.exec(scope)) {
    const raw = cleanName(m[1] ?? m[2] ?? m[3]);
    const name = m[1] ? trimLeadingGeneric(raw) : raw;
    if (name && !/\bCouncil\b.*\bCouncil\b/.test(name)) {
      const joined =
        m[1] && name === raw
          ? JOINED_PLACE_BEFORE.exec(scope.slice(Math.max(0, m.index - 60), m.index))
          : null;
      const places = joined ? joined[1].trim().split(/[ \t]+/) : [];
      if (
        joined &&
        !places.some(
          (w) => GENERIC_FIRST.test(w) || /^(?:Ombudsman|Government|Health|Care|Social|Services?)$/.test(w),
        )
      )
        return {
          value: `${places.join(' ')} and ${name}`,
          reason: 'first council name printed (places joined by "and")',
        };
      if (
        multiCase &&
        m[1] &&
        AND_ANOTHER_COUNCIL.test(scope.slice(m.index + m[0].length, m.index + m[0].length + 120))
      )
        return { value: null, reason: 'two councils named side by side: the paper reports on both' };
      return { value: name, reason: 'first council name printed' };
    }
  }
  return { value: null, reason: 'no council or landlord name printed' };
}
