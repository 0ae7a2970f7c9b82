/**
 * All document facts at once: type, reference, organisation, decision date, finding, fault,
 * complainants; each with its reason.
 */
import { DocumentType, Finding } from '../types';
import { findComplainants } from './complainants';
import { findDecisionDate, SIGNATURE_TAIL_CHARS } from './decision-date';
import { findDocumentType } from './document-type';
import { findFinding } from './finding';
import { findOrganisation } from './organisation';
import { findReference } from './reference';
import { findRemediedBefore } from './remedied-before';

export interface DocumentFacts {
  documentType: DocumentType;
  singleCase: boolean;
  reference: string | null;
  organisation: string | null;
  decisionDate: string | null;
  finding: Finding | null;
  faultFound: boolean | null;
  complainants: string[];
  /** True when the decision says a satisfactory remedy was given before; null when it does not say. */
  remediedBefore: boolean | null;
  reasons: {
    documentType: string;
    reference: string;
    organisation: string;
    decisionDate: string;
    finding: string;
    faultFound: string;
    remediedBefore: string;
  };
}

/** The opening of the document, where titles, labels and summaries are. */
const HEAD_CHARS = 6000;

export function findFacts(text: string): DocumentFacts {
  const head = text.slice(0, HEAD_CHARS);
  const complainants = findComplainants(text);
  const type = findDocumentType(head, text, complainants.length);
  const reference = type.committee
    ? { value: null, reason: 'a committee paper: the references it prints are the decisions it reports on' }
    : findReference(text, head, type.singleCase);
  const organisation = findOrganisation(
    text,
    head,
    type.type === 'housing_ombudsman_decision',
    !type.singleCase,
  );
  const tail =
    text.length > HEAD_CHARS ? text.slice(Math.max(HEAD_CHARS, text.length - SIGNATURE_TAIL_CHARS)) : '';
  const decisionDate = findDecisionDate(head, type.singleCase, tail);
  const scope = type.singleCase ? findingScope(text) : head;
  const finding = findFinding(scope, text, type.type, type.singleCase);
  const remedied = type.singleCase
    ? findRemediedBefore(type.type === 'housing_ombudsman_decision' ? text.slice(0, 60_000) : scope)
    : { value: null, reason: 'multi-case document' };
  return {
    documentType: type.type,
    singleCase: type.singleCase,
    reference: reference.value,
    organisation: organisation.value,
    decisionDate: decisionDate.value,
    finding: finding.finding.value,
    faultFound: finding.faultFound.value,
    complainants: type.singleCase ? complainants : complainants,
    remediedBefore: remedied.value,
    reasons: {
      documentType: type.reason,
      reference: reference.reason,
      organisation: organisation.reason,
      decisionDate: decisionDate.reason,
      finding: finding.finding.reason,
      faultFound: finding.faultFound.reason,
      remediedBefore: remedied.reason,
    },
  };
}

/** A labelled summary paragraph, with the header lines above it (labels such as "Decision : Upheld"). */
const SUMMARY =
  /^[\s\S]{0,1500}?^[ \t*#]*Summary\s*:[^\n]*(?:\n(?![ \t]*\n)(?![ \t]*(?:The\s+complaint|What\s+happened|The\s+Ombudsman[\u2019']s\s+role)\b)[^\n]*){0,8}/m;

const FINAL_HEADING =
  /^[ \t#*]*(?:Final decision|Decision|Investigator[\u2019']s (?:final )?decision|Conclusions?)\s*$/im;

/** The summary (top) and the final decision part, where findings are stated. */
function findingScope(text: string): string {
  const head = text.slice(0, HEAD_CHARS);
  const fd =
    /^[ \t#*]*(?:Final decision|Decision|Investigator[\u2019']s (?:final )?decision|Conclusions?)\s*$/im.exec(
      text.slice(HEAD_CHARS),
    );
  const tail = fd ? text.slice(HEAD_CHARS + fd.index, HEAD_CHARS + fd.index + 3000) : '';
  // the summary states the finding; the rest of the top is the complaint as put and the Ombudsman's
  // stock words ("If there has been fault which has caused an injustice ...")
  const summary = SUMMARY.exec(head);
  if (summary) {
    const after = summary.index + summary[0].length;
    const final = FINAL_HEADING.exec(text.slice(after, after + 400_000));
    const conclusion = final ? text.slice(after + final.index, after + final.index + 3000) : '';
    return summary[0] + '\n' + conclusion;
  }
  return head + '\n' + tail;
}
