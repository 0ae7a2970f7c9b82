/**
 * Synthetic LGSCO-style decisions (our own wording) as PDFs with pdfkit: a summary, background pages
 * of realistic filler, and an "Agreed action" section with an apology, a payment and a learning
 * action with a deadline. `seed` makes each document distinct (reference, amounts, names of services).
 */
import PDFDocument from 'pdfkit';

const SERVICES = [
  'adult social care',
  'housing allocations',
  'council tax',
  'special educational needs',
  'planning enforcement',
  'waste collection',
  'homelessness',
  'school transport',
];
const COUNCILS = [
  'Northfield Borough Council',
  'Eastmere District Council',
  'Westbrook City Council',
  'Southdale County Council',
  'Ashford Vale Council',
];
const FILLER = [
  'The Council wrote to the complainant and explained its position, but it did not say when it would reply to the points raised in the complaint.',
  'Records show officers discussed the case at a team meeting, although no note of the outcome was kept on the file.',
  'The complainant contacted the Council several times by telephone and email over the following months and was told the matter was in hand.',
  'We considered the information the Council provided, the complainant’s comments on a draft of this decision and the relevant guidance.',
  'The law says councils must assess a person who appears to need care and support, and must keep the assessment under review.',
  'In response to our enquiries the Council accepted that the delay was longer than it should have been and that it did not keep the complainant informed.',
  'The Council’s complaints procedure says it will respond at stage one within ten working days and at stage two within twenty working days.',
  'There is no evidence the Council considered whether an interim arrangement could have been made while the review was outstanding.',
];

export interface DecisionSpec {
  seed: number;
  pages: number;
}

function pick<T>(list: T[], n: number): T {
  return list[n % list.length];
}

export function decisionReference(seed: number): string {
  const n = 100000 + ((seed * 7919) % 899999);
  return `24 ${String(n).slice(0, 3)} ${String(n).slice(3, 6)}`;
}

export function decisionParagraphs(spec: DecisionSpec): { heading?: string; text: string }[] {
  const service = pick(SERVICES, spec.seed);
  const council = pick(COUNCILS, spec.seed * 3);
  const amount = 100 + (spec.seed % 40) * 25;
  const blocks: { heading?: string; text: string }[] = [
    {
      heading: 'Final decision',
      text: `Local Government and Social Care Ombudsman. Reference ${decisionReference(spec.seed)}.`,
    },
    { text: `Complaint against: ${council}.` },
    { text: `Date of final decision: ${1 + (spec.seed % 27)} March 2025.` },
    {
      heading: 'Summary',
      text: `Mrs X complained the Council delayed dealing with her ${service} case and did not keep her informed. We found fault causing injustice. The Council has agreed to apologise, pay her £${amount} and review its procedures.`,
    },
  ];
  const fillerPerPage = 9;
  for (let p = 0; p < Math.max(1, spec.pages - 2) * fillerPerPage; p++) {
    blocks.push({ text: `${pick(FILLER, spec.seed + p)} (${service}, note ${spec.seed}-${p})` });
  }
  blocks.push(
    {
      heading: 'Agreed action',
      text: `Within one month of the final decision the Council will apologise to Mrs X for the delay in dealing with her ${service} case.`,
    },
    {
      text: `Within one month of the final decision the Council will pay Mrs X £${amount} to acknowledge the distress caused.`,
    },
    {
      text: `Within three months of the final decision the Council will review its procedures for ${service} cases so that delays are identified and complainants are kept informed, and remind staff of the complaints timescales.`,
    },
    { text: 'The Council should provide us with evidence it has complied with the above actions.' },
    {
      heading: 'Final decision',
      text: 'We have completed our investigation. There was fault by the Council which caused injustice.',
    },
  );
  return blocks;
}

/** A PDF of about `pages` A4 pages. */
export function decisionPdf(spec: DecisionSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 60, bottom: 60, left: 60, right: 60 },
    info: { CreationDate: new Date(Date.UTC(2025, 0, 1)) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const blocks = decisionParagraphs(spec);
  const perPage = Math.max(1, Math.ceil(blocks.length / spec.pages));
  blocks.forEach((b, i) => {
    if (i > 0 && i % perPage === 0) doc.addPage();
    if (b.heading) doc.font('Helvetica-Bold').fontSize(13).text(b.heading).moveDown(0.3);
    doc.font('Helvetica').fontSize(11).text(b.text.replace(/’/g, "'")).moveDown(0.5);
  });
  doc.end();
  return done;
}

/** Many pages fast: one short line per page (for page-limit tests). */
export function manyPagePdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: true, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.fontSize(10).text(`Page ${p + 1}: the Council will review its procedures.`);
  }
  doc.end();
  return done;
}
