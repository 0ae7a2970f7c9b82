import { InvalidTimeLimitError } from './calendar-errors';
import { addDays } from './calendar-arithmetic';
import { dateWhenShareElapsed, fractionElapsed } from './elapsed';
import { LocalDate } from './local-date';

const start = LocalDate.parse('2025-03-14');
const due = LocalDate.parse('2025-04-13'); // 30 days later
const on = (days: number) => addDays(start, days);

describe('fractionElapsed', () => {
  it('is the share of calendar days passed, from 0 on the start day to 1 on the due date', () => {
    expect(fractionElapsed(start, due, on(0))).toBe(0);
    expect(fractionElapsed(start, due, on(15))).toBe(0.5);
    expect(fractionElapsed(start, due, on(22))).toBeCloseTo(22 / 30, 12);
    expect(fractionElapsed(start, due, on(23))).toBeCloseTo(23 / 30, 12);
    expect(fractionElapsed(start, due, due)).toBe(1);
  });

  it('goes above 1 once overdue and never below 0', () => {
    expect(fractionElapsed(start, due, on(45))).toBe(1.5);
    expect(fractionElapsed(start, due, on(-10))).toBe(0);
  });

  it('with no time between start and due, is 0 before the due date and 1 from it', () => {
    expect(fractionElapsed(start, start, on(-1))).toBe(0);
    expect(fractionElapsed(start, start, start)).toBe(1);
    expect(fractionElapsed(start, on(-5), on(-6))).toBe(0);
    expect(fractionElapsed(start, on(-5), on(10))).toBe(1);
  });
});

describe('dateWhenShareElapsed', () => {
  it('is the first day the share is reached: 75% of 30 days is day 23 (22.5 rounded up)', () => {
    expect(dateWhenShareElapsed(start, due, 0.75).toString()).toBe(on(23).toString());
    expect(dateWhenShareElapsed(start, due, 1).toString()).toBe(due.toString());
    expect(dateWhenShareElapsed(start, on(4), 0.75).toString()).toBe(on(3).toString());
  });

  it('agrees with fractionElapsed for every span up to 400 days and several shares', () => {
    for (const share of [0.1, 0.25, 1 / 3, 0.5, 0.7, 0.75, 0.9, 1]) {
      for (let span = 1; span <= 400; span++) {
        const day = dateWhenShareElapsed(start, on(span), share);
        expect(fractionElapsed(start, on(span), day)).toBeGreaterThanOrEqual(share);
        expect(fractionElapsed(start, on(span), addDays(day, -1))).toBeLessThan(share);
      }
    }
  });

  it('gives the due date when there is no time between start and due', () => {
    expect(dateWhenShareElapsed(start, start, 0.75).toString()).toBe(start.toString());
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => dateWhenShareElapsed(start, due, 75)).toThrow(InvalidTimeLimitError);
    expect(() => dateWhenShareElapsed(start, due, 0)).toThrow('above 0 and at most 1');
  });
});
