import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { header: 'Service', value: (r: { name: string; n: number | null }) => r.name },
    { header: 'Count', value: (r: { name: string; n: number | null }) => r.n },
  ];

  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(
      toCsv(columns, [
        { name: 'Adults, "Charging"', n: 3 },
        { name: 'Two\nlines', n: null },
      ]),
    ).toBe('Service,Count\r\n"Adults, ""Charging""",3\r\n"Two\nlines",\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(columns, [{ name: '=HYPERLINK("x")', n: -2 }])).toBe(
      'Service,Count\r\n"\'=HYPERLINK(""x"")",-2\r\n',
    );
    expect(toCsv(columns, [{ name: '@SUM(A1)', n: 0 }])).toBe("Service,Count\r\n'@SUM(A1),0\r\n");
  });
});
