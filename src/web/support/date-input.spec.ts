import { dateInputItems, dateInputValues, readDateInput } from './date-input';

const parts = (day: string, month: string, year: string) => ({
  'd-day': day,
  'd-month': month,
  'd-year': year,
});

describe('the GOV.UK date input', () => {
  it('reads a real date, with a month by name too', () => {
    expect(readDateInput(parts('1', '4', '2025'), 'd', 'the decision date')).toEqual({
      kind: 'date',
      iso: '2025-04-01',
    });
    expect(readDateInput(parts('29', 'Feb', '2024'), 'd', 'the decision date')).toEqual({
      kind: 'date',
      iso: '2024-02-29',
    });
  });

  it('says nothing was given when all three are empty', () => {
    expect(readDateInput(parts('', '', ''), 'd', 'the decision date')).toEqual({ kind: 'empty' });
  });

  it("uses GOV.UK's error messages", () => {
    expect(readDateInput(parts('1', '', '2025'), 'd', 'the decision date')).toEqual({
      kind: 'error',
      text: 'The decision date must include a month',
      part: 'month',
    });
    expect(readDateInput(parts('', '', '2025'), 'd', 'the due date')).toMatchObject({
      text: 'The due date must include a day and month',
    });
    expect(readDateInput(parts('30', '2', '2025'), 'd', 'the due date')).toMatchObject({
      text: 'The due date must be a real date',
      part: 'day',
    });
    expect(readDateInput(parts('3', '13', '2025'), 'd', 'the due date')).toMatchObject({ part: 'month' });
    expect(readDateInput(parts('3', '1', '25'), 'd', 'the due date')).toMatchObject({
      text: 'Year must include 4 numbers',
    });
  });

  it('fills the parts again and marks the part in error', () => {
    expect(dateInputValues('d', '2025-04-01')).toEqual({ 'd-day': '1', 'd-month': '4', 'd-year': '2025' });
    const items = dateInputItems('d', dateInputValues('d', '2025-04-01'), { part: 'month' });
    expect(items.map((i) => i.classes)).toEqual([
      'govuk-input--width-2',
      'govuk-input--width-2 govuk-input--error',
      'govuk-input--width-4',
    ]);
  });
});
