import Holidays from 'date-holidays';
import {
  bankHolidayDaysInRange,
  bankHolidaysBetween,
  bankHolidaysInYear,
  isBankHoliday,
} from './bank-holidays';
import { LocalDate } from './local-date';

const d = (text: string) => LocalDate.parse(text);

describe('bank holidays of England and Wales', () => {
  it.each([
    ['2025-01-01', "New Year's Day"],
    ['2025-04-18', 'Good Friday'],
    ['2025-04-21', 'Easter Monday'],
    ['2025-05-05', 'Early May'],
    ['2025-05-26', 'Spring'],
    ['2025-08-25', 'Summer'],
    ['2025-12-25', 'Christmas'],
    ['2025-12-26', 'Boxing'],
    ['2026-08-31', 'Summer'],
    ['2020-05-08', 'VE day'],
    ['2022-06-02', 'Spring'],
    ['2022-06-03', 'Jubilee'],
    ['2022-09-19', 'Funeral'],
    ['2023-05-08', 'Coronation'],
    ['2020-12-28', 'substitute'],
    ['2022-01-03', 'substitute'],
    ['2022-12-27', 'substitute'],
    ['2026-12-28', 'substitute'],
    ['2027-12-27', 'substitute'],
    ['2027-12-28', 'substitute'],
  ])('%s is a bank holiday (%s)', (date, name) => {
    expect(isBankHoliday(d(date))).toBe(true);
    const found = bankHolidaysInYear(d(date).year).find((h) => h.date.equals(d(date)));
    expect(found?.name).toContain(name);
  });

  it.each([
    ['2025-01-02', 'Scotland: 2 January'],
    ['2026-01-02', 'Scotland: 2 January'],
    ['2026-11-30', "Scotland: St Andrew's Day"],
    ['2025-12-01', "Scotland: St Andrew's Day substitute"],
    ['2025-08-04', 'Scotland: summer bank holiday'],
    ['2025-03-17', "Northern Ireland: St Patrick's Day"],
    ['2023-07-12', 'Northern Ireland: Battle of the Boyne'],
    ['2020-05-04', 'the early May holiday moved to VE day that year'],
    ['2025-03-30', "Mother's Day (an observance, not a holiday)"],
  ])('%s is not a bank holiday in England and Wales (%s)', (date) => {
    expect(isBankHoliday(d(date))).toBe(false);
  });

  it('does not count a holiday twice when it falls on a weekend: the substitute day is the holiday', () => {
    const christmas2022 = bankHolidaysBetween(d('2022-12-24'), d('2022-12-31')).map((h) => h.date.toString());
    expect(christmas2022).toEqual(['2022-12-25', '2022-12-26', '2022-12-27']);
  });

  it('lists a year in date order, eight regular holidays in an ordinary year', () => {
    const days = bankHolidaysInYear(2025).map((h) => h.date.toString());
    expect(days).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(bankHolidaysInYear(2025)).toBe(bankHolidaysInYear(2025));
  });

  it('lists holidays between two dates, both ends included, across years', () => {
    const days = bankHolidaysBetween(d('2025-12-25'), d('2026-01-01')).map((h) => h.date.toString());
    expect(days).toEqual(['2025-12-25', '2025-12-26', '2026-01-01']);
  });

  it('gives day numbers after the first date up to and including the second', () => {
    const days = bankHolidayDaysInRange(d('2025-12-25'), d('2026-01-01'));
    expect(days).toEqual([d('2025-12-26').epochDay, d('2026-01-01').epochDay]);
    expect(bankHolidayDaysInRange(d('2026-01-01'), d('2025-12-25'))).toEqual([]);
  });

  it("Wales has the same bank holidays as England in the library's data, 2000 to 2040", () => {
    const counted = (h: { type: string }) => h.type === 'public' || h.type === 'bank';
    const england = new Holidays('GB', 'ENG');
    const wales = new Holidays('GB', 'WLS');
    for (let year = 2000; year <= 2040; year++) {
      const list = (source: Holidays) =>
        source
          .getHolidays(year)
          .filter(counted)
          .map((h) => h.date);
      expect(list(wales)).toEqual(list(england));
    }
  });
});
