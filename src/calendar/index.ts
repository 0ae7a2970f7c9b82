export { InvalidDateError, InvalidTimeLimitError } from './calendar-errors';
export { LocalDate, daysInMonth, ISO_DATE, MIN_YEAR, MAX_YEAR, type IsoWeekday } from './local-date';
export { londonDateAt, todayInLondon } from './london-today';
export { addDays, addWeeks, addMonths, daysBetween } from './calendar-arithmetic';
export { bankHolidaysInYear, bankHolidaysBetween, isBankHoliday, type BankHoliday } from './bank-holidays';
export {
  isWeekend,
  isWorkingDay,
  addWorkingDays,
  subtractWorkingDays,
  workingDaysBetween,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from './working-days';
export {
  dueDateFor,
  TIME_LIMIT_UNITS,
  type TimeLimit,
  type TimeLimitUnit,
  type DueDateOptions,
} from './due-date';
export { fractionElapsed, dateWhenShareElapsed } from './elapsed';
