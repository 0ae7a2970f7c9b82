import ExcelJS from 'exceljs';
import { neutraliseFormula, tablesToCsv, tablesToXlsx } from './report-tables';

const tables = [
  {
    name: 'Outstanding',
    title: 'Outstanding actions by service',
    columns: ['Service', 'Outstanding', 'Overdue'],
    rows: [
      ['Adult social care', 4, 1],
      ['Housing, "repairs"', 2, 0],
    ],
  },
  { name: 'Themes', title: 'Recurring themes', columns: ['Theme', 'Count'], rows: [['=HYPERLINK("x")', 3]] },
];

describe('report tables', () => {
  it('writes every table into one CSV, quoting and neutralising formulas', () => {
    const csv = tablesToCsv(tables);
    expect(csv.split('\r\n')).toEqual([
      'Outstanding actions by service',
      'Service,Outstanding,Overdue',
      'Adult social care,4,1',
      '"Housing, ""repairs""",2,0',
      '',
      'Recurring themes',
      'Theme,Count',
      `"'=HYPERLINK(""x"")",3`,
      '',
    ]);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Review the policy')).toBe('Review the policy');
    expect(neutraliseFormula('-1')).toBe("'-1");
  });

  it('writes one worksheet per table that a spreadsheet program can read back', async () => {
    const buf = await tablesToXlsx(tables, {
      title: 'Committee report',
      generatedAt: new Date('2025-01-01'),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buf as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Outstanding', 'Themes']);
    const sheet = book.getWorksheet('Outstanding')!;
    expect(sheet.getRow(3).values).toEqual([undefined, 'Service', 'Outstanding', 'Overdue']);
    expect(sheet.getRow(4).values).toEqual([undefined, 'Adult social care', 4, 1]);
    expect(book.getWorksheet('Themes')!.getRow(4).getCell(1).value).toBe(`'=HYPERLINK("x")`);
  }, 60_000); // exceljs loads slowly: well over jest's default 5 s on a loaded 2-core machine
});
