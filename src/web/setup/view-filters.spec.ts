import {
  formatDate,
  formatDateTime,
  isoDate,
  percent,
  pounds,
  statusLabel,
  statusTagClass,
} from './view-filters';

describe('view filters', () => {
  it('formats calendar dates and moments for UK readers', () => {
    expect(formatDate(new Date('2025-03-14T00:00:00Z'))).toBe('14 March 2025');
    expect(formatDate('2025-03-14')).toBe('14 March 2025');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(new Date('2025-07-01T08:30:00Z'))).toBe('1 Jul 2025, 09:30');
    expect(isoDate(new Date('2025-03-14T00:00:00Z'))).toBe('2025-03-14');
  });

  it('shows integer pence as pounds and fractions as percentages', () => {
    expect(pounds(30000)).toBe('£300.00');
    expect(pounds(123456)).toBe('£1,234.56');
    expect(percent(0.875)).toBe('87.5%');
    expect(percent(null)).toBe('no remedies due');
  });

  it('names statuses in words and gives each a tag colour', () => {
    expect(statusLabel('processed')).toBe('Ready for review');
    expect(statusLabel('in_progress')).toBe('In progress');
    expect(statusTagClass('failed')).toBe('govuk-tag--red');
    expect(statusTagClass('unknown')).toBe('govuk-tag--grey');
  });
});
