import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportTable } from '../report-tables';
import { FINDING_LABELS, FINDINGS, label, STATUS_LABELS, ACTION_STATUSES } from './annual-labels';
import type { AnnualFigures, AnnualReport, FigureList } from './annual-report.types';

const pct = (r: number | null): string => (r === null ? 'n/a' : `${Math.round(r * 1000) / 10}%`);
const pounds = (pence: number): string =>
  `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const longDate = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export function periodWords(f: Pick<AnnualFigures, 'from' | 'to' | 'kind' | 'label'>): string {
  return `${f.kind === 'ombudsman' ? `Ombudsman year ${f.label}` : `Calendar year ${f.label}`}: ${longDate(f.from)} to ${longDate(f.to)}`;
}

/**
 * The committee pack's tables, each with this year beside the previous one: what the CSV, the
 * spreadsheet and the Word document hold (the decisions list is passed in from the report's lists).
 */
export function annualTables(r: AnnualReport, decisions: FigureList): ReportTable[] {
  const p = r.previous;
  const cols = (what: string) => [what, r.label, p.label];
  const headline: ReportTable = {
    name: 'Ombudsman letter figures',
    title: "The Ombudsman's three figures",
    columns: cols('Figure'),
    rows: [
      ['Investigated decisions', r.decisions.investigated, p.decisions.investigated],
      ['Upheld (including partly upheld)', r.decisions.upheld, p.decisions.upheld],
      ['Upheld rate', pct(r.decisions.upheldRate), pct(p.decisions.upheldRate)],
      ['Cases with Ombudsman remedies', r.compliance.cases, p.compliance.cases],
      ['Cases whose compliance counts', r.compliance.due, p.compliance.due],
      ['Cases complied with', r.compliance.complied, p.compliance.complied],
      [
        'Compliance rate',
        pct(r.compliance.rate),
        p.compliance.rate === null ? 'n/a' : pct(p.compliance.rate),
      ],
      ['Cases with a late remedy', r.compliance.late, p.compliance.late],
      [
        'Upheld decisions the council had already remedied',
        r.satisfactoryRemedy.remediedBefore,
        p.satisfactoryRemedy.remediedBefore,
      ],
      ['Satisfactory remedy rate', pct(r.satisfactoryRemedy.rate), pct(p.satisfactoryRemedy.rate)],
    ],
  };
  const findings = [
    ...FINDINGS,
    ...(r.decisions.byFinding.unknown || p.decisions.byFinding.unknown ? ['unknown'] : []),
  ];
  const outcomes: ReportTable = {
    name: 'Decisions by outcome',
    title: 'Ombudsman decisions by outcome',
    columns: cols('Outcome'),
    rows: [
      ...findings.map((f) => [
        label(FINDING_LABELS, f === 'unknown' ? null : f),
        r.decisions.byFinding[f] ?? 0,
        p.decisions.byFinding[f] ?? 0,
      ]),
      ['Total', r.decisions.total, p.decisions.total],
    ],
  };
  const serviceNames = [
    ...new Set([...r.decisions.byService, ...p.decisions.byService].map((s) => s.serviceArea)),
  ];
  const byService: ReportTable = {
    name: 'Decisions by service',
    title: 'Ombudsman decisions by service (upheld in brackets)',
    columns: cols('Service'),
    rows: serviceNames.map((name) => {
      const a = r.decisions.byService.find((s) => s.serviceArea === name);
      const b = p.decisions.byService.find((s) => s.serviceArea === name);
      return [name, a ? `${a.total} (${a.upheld})` : '0', b ? `${b.total} (${b.upheld})` : '0'];
    }),
  };
  const late: ReportTable = {
    name: 'Late remedies',
    title: `Cases with a late remedy, ${r.label}`,
    columns: ['Reference', 'Service', 'Remedies', 'Late remedies', 'Days late', 'Still open'],
    rows: r.compliance.lateCases.map((c) => [
      c.reference ?? 'No reference',
      c.serviceArea,
      c.remedies,
      c.lateRemedies,
      c.daysLate,
      c.stillOpen ? 'Yes' : 'No',
    ]),
  };
  const payNames = [...new Set([...r.payments.byService, ...p.payments.byService].map((s) => s.serviceArea))];
  const payments: ReportTable = {
    name: 'Payments by service',
    title: 'Remedy payments agreed, by service',
    columns: cols('Service'),
    rows: [
      ...payNames.map((name) => [
        name,
        pounds(r.payments.byService.find((s) => s.serviceArea === name)?.agreedPence ?? 0),
        pounds(p.payments.byService.find((s) => s.serviceArea === name)?.agreedPence ?? 0),
      ]),
      ['Total', pounds(r.payments.total), pounds(p.payments.total)],
    ],
  };
  const purposes = [...new Set([...r.payments.byPurpose, ...p.payments.byPurpose].map((s) => s.label))];
  const byPurpose: ReportTable = {
    name: 'Payments by purpose',
    title: 'Remedy payments agreed, by purpose',
    columns: cols('Purpose'),
    rows: purposes.map((name) => [
      name,
      pounds(r.payments.byPurpose.find((s) => s.label === name)?.agreedPence ?? 0),
      pounds(p.payments.byPurpose.find((s) => s.label === name)?.agreedPence ?? 0),
    ]),
  };
  const learning: ReportTable = {
    name: 'Learning by status',
    title: 'Learning actions by status',
    columns: cols('Status'),
    rows: [
      ...ACTION_STATUSES.map((s) => [
        label(STATUS_LABELS, s),
        r.learning.byStatus[s] ?? 0,
        p.learning.byStatus[s] ?? 0,
      ]),
      ['Total', r.learning.total, p.learning.total],
    ],
  };
  const themes: ReportTable = {
    name: 'Learning themes',
    title: `Learning themes, ${r.label}`,
    columns: ['Theme', 'Actions', 'For example'],
    rows: r.learning.themes.map((t) => [t.theme, t.count, t.example]),
  };
  const stages: ReportTable = {
    name: 'Stage 2 and 3',
    title: 'Stage 2 and Stage 3 recommendations',
    columns: [
      'Stage',
      `Accepted ${r.label}`,
      `Not accepted ${r.label}`,
      `Accepted ${p.label}`,
      `Not accepted ${p.label}`,
    ],
    rows: r.stages.map((s, i) => [
      s.label,
      s.accepted,
      s.notAccepted,
      p.stages[i]?.accepted ?? 0,
      p.stages[i]?.notAccepted ?? 0,
    ]),
  };
  const decisionTable: ReportTable = {
    name: 'Decisions',
    title: `The Ombudsman's decisions, ${r.label}`,
    columns: ['Reference', 'Decision date', 'Service', 'Outcome', 'Remedy'],
    rows: decisions.rows.map((d) => [
      d.reference as string,
      d.decisionDate as string | null,
      d.service as string,
      d.outcome as string,
      d.remedy as string,
    ]),
  };
  return [headline, outcomes, byService, late, payments, byPurpose, learning, themes, stages, decisionTable];
}

function cell(text: string | number | null, header = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ children: [new TextRun({ text: text === null ? '' : String(text), bold: header })] }),
    ],
  });
}

function wordTable(t: ReportTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
      ...(t.rows.length ? t.rows : [t.columns.map((_, i) => (i === 0 ? 'None' : ''))]).map(
        (row) => new TableRow({ children: row.map((v) => cell(v)) }),
      ),
    ],
  });
}

/** The committee pack as a Word document: headings, the commentary, and every table. */
export async function annualDocx(r: AnnualReport, tables: ReportTable[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `${r.councilName}: annual complaints report`, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: periodWords(r) }),
    new Paragraph({ text: `Figures as at ${longDate(r.asOf)}. This report contains no personal data.` }),
    new Paragraph({ text: 'Commentary', heading: HeadingLevel.HEADING_1 }),
    ...(r.commentary?.text ?? 'No commentary has been written for this period.')
      .split(/\r?\n/)
      .map((line) => new Paragraph({ text: line })),
  ];
  for (const t of tables) {
    children.push(new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_1 }));
    children.push(wordTable(t));
  }
  const doc = new Document({
    creator: 'Redress',
    title: `${r.councilName} annual complaints report ${r.label}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}
