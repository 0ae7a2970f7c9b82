import { computeDeadlineDate, findDeadline } from './deadlines';

const due = (text: string, base: string | null, assume = true): string | null => {
  const d = findDeadline(text);
  return d ? computeDeadlineDate(d.deadline, base, assume) : null;
};

describe('deadline phrases', () => {
  it('reads time limits and where they run from', () => {
    expect(findDeadline('within one month of my final decision')?.deadline).toEqual({
      text: 'within one month of my final decision',
      within: { count: 1, unit: 'months' },
      from: 'final_decision',
      date: null,
    });
    expect(findDeadline('within 65 working days of the final decision')?.deadline.within).toEqual({
      count: 65,
      unit: 'working_days',
    });
    expect(findDeadline('within four weeks of the date of this report')?.deadline.from).toBe('report');
    expect(findDeadline('within 15 working days of the response')?.deadline.from).toBe('response');
    expect(findDeadline('within 12 weeks')?.deadline).toMatchObject({
      within: { count: 12, unit: 'weeks' },
      from: null,
    });
  });

  it('reads a count written in words, hyphenated or not', () => {
    const count = (t: string) => findDeadline(t)?.deadline.within?.count;
    expect(count('within sixty-five working days of my decision')).toBe(65);
    expect(count('within twenty one days of the report')).toBe(21);
    expect(count('within an eight week period')).toBeUndefined();
    expect(count('within a month of my final decision')).toBe(1);
    expect(count('within three (3) months of the decision')).toBe(3);
  });

  it('reads stated dates and "immediately"', () => {
    expect(findDeadline('by 30 September 2023 the Council will')?.deadline).toMatchObject({
      within: null,
      date: '2023-09-30',
    });
    expect(findDeadline('The Council will immediately recall the account')?.deadline.within).toEqual({
      count: 0,
      unit: 'days',
    });
  });

  it('finds nothing when there is no time limit', () => {
    expect(findDeadline('The Council will apologise to Mr B.')).toBeNull();
  });
});

describe('deadline dates', () => {
  it('adds calendar months, clamped to the month end', () => {
    expect(due('within one month of the final decision', '2024-01-31')).toBe('2024-02-29');
    expect(due('within three months of the final decision', '2023-11-30')).toBe('2024-02-29');
    expect(due('within one month of the final decision', '2023-03-20')).toBe('2023-04-20');
  });

  it('adds weeks and days', () => {
    expect(due('within four weeks of the final decision', '2023-11-15')).toBe('2023-12-13');
    expect(due('within 30 days of the final decision', '2024-12-17')).toBe('2025-01-16');
  });

  it('counts working days, skipping weekends and England and Wales bank holidays', () => {
    // 17 Dec 2024 + 10 working days skips Christmas Day, Boxing Day and New Year's Day
    expect(due('within 10 working days of the final decision', '2024-12-17')).toBe('2025-01-03');
    // Thursday 28 Mar 2024 + 1 working day: Good Friday and Easter Monday are holidays
    expect(due('within one working day of the final decision', '2024-03-28')).toBe('2024-04-02');
    // Friday 23 May 2025 + 1 working day: the spring bank holiday on Monday 26 May is skipped
    expect(due('within 1 working day of the final decision', '2025-05-23')).toBe('2025-05-27');
    // the start day is not counted: Monday 17 Mar 2025 + 5 working days is the next Monday
    expect(due('within five working days of the final decision', '2025-03-17')).toBe('2025-03-24');
  });

  it('reads stated dates written with hyphens', () => {
    expect(due('by 14-Feb-2025', '2024-12-01')).toBe('2025-02-14');
  });

  it('gives no date rather than an error for a limit it cannot count', () => {
    expect(due('within 999 months of the final decision', '9990-01-01')).toBeNull();
  });

  it('is null when there is no decision date or the limit runs from something else', () => {
    expect(due('within one month of the final decision', null)).toBeNull();
    expect(due('within four weeks of completion of those assessments', '2024-01-01')).toBeNull();
    expect(due('within two months', '2024-01-01', false)).toBeNull();
  });
});
