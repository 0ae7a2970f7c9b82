import {
  isWeekendDay,
  weekdayIndex,
  weekdaysAfter,
  weekdaysBefore,
  weekdaysInRange,
} from './weekday-arithmetic';

/** Step one day at a time: the obvious (slow) answer. */
function naiveStep(from: number, n: number, direction: 1 | -1): number {
  let day = from;
  for (let counted = 0; counted < n;) {
    day += direction;
    if (!isWeekendDay(day)) counted++;
  }
  return day;
}

describe('weekday arithmetic (Monday to Friday, constant time)', () => {
  it('numbers days of the week from Monday = 0', () => {
    expect(weekdayIndex(0)).toBe(3); // 1970-01-01, a Thursday
    expect(weekdayIndex(4)).toBe(0);
    expect(weekdayIndex(-1)).toBe(2);
    expect([isWeekendDay(2), isWeekendDay(3), isWeekendDay(4)]).toEqual([true, true, false]);
  });

  it('agrees with stepping one day at a time, from every day of two weeks, for 1 to 40 weekdays', () => {
    for (let from = 20000; from < 20014; from++) {
      for (let n = 1; n <= 40; n++) {
        expect([weekdaysAfter(from, n), weekdaysBefore(from, n)]).toEqual([
          naiveStep(from, n, 1),
          naiveStep(from, n, -1),
        ]);
      }
    }
  });

  it('counts weekdays in (from, to], including before 1970', () => {
    for (let from = -20; from < 20; from++) {
      for (let to = from - 3; to < from + 30; to++) {
        let expected = 0;
        for (let day = from + 1; day <= to; day++) if (!isWeekendDay(day)) expected++;
        expect(weekdaysInRange(from, to)).toBe(expected);
      }
    }
  });
});
