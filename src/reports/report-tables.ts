import ExcelJS from 'exceljs';

/** A report section as a table: what the printable page, the CSV and the XLSX all draw from. */
export interface ReportTable {
  /** Short name, used as the worksheet name. */
  name: string;
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/** Spreadsheet programs run cells starting with these as formulas: prefix them so they stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number | null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** All tables in one CSV file: each starts with its title on a line of its own, then a blank line. */
export function tablesToCsv(tables: ReportTable[]): string {
  const lines: string[] = [];
  tables.forEach((t, i) => {
    if (i > 0) lines.push('');
    lines.push(csvCell(t.title));
    lines.push(t.columns.map(csvCell).join(','));
    for (const row of t.rows) lines.push(row.map(csvCell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** One worksheet per table, with a bold header row and sensible column widths. */
export async function tablesToXlsx(
  tables: ReportTable[],
  meta: { title: string; generatedAt: Date },
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Redress';
  book.created = meta.generatedAt;
  book.title = meta.title;
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.name.replace(/[[\]*?/\\:]/g, ' ').slice(0, 31) || 'Sheet';
    while (used.has(name)) name = `${name.slice(0, 28)} ${used.size}`;
    used.add(name);
    const sheet = book.addWorksheet(name);
    sheet.addRow([t.title]).font = { bold: true, size: 14 };
    sheet.addRow([]);
    const header = sheet.addRow(t.columns);
    header.font = { bold: true };
    for (const row of t.rows) {
      sheet.addRow(row.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)));
    }
    sheet.columns.forEach((col, i) => {
      const widest = Math.max(t.columns[i]?.length ?? 8, ...t.rows.map((r) => String(r[i] ?? '').length));
      col.width = Math.min(60, Math.max(10, widest + 2));
    });
  }
  const data = await book.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
