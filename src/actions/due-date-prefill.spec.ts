import { LocalDate } from '../calendar';
import { prefillDueDate } from './due-date-prefill';

const d = (s: string) => LocalDate.parse(s);
const none = { deadlineDate: null, deadlineCount: null, deadlineUnit: null };

describe('prefillDueDate', () => {
  const accepted = d('2025-04-01');

  it('uses the date the officer chose first', () => {
    const p = prefillDueDate(
      { ...none, deadlineDate: d('2025-05-01') },
      d('2025-03-14'),
      accepted,
      d('2025-06-30'),
    );
    expect(p).toEqual({ dueDate: d('2025-06-30'), startDate: d('2025-03-14'), basis: 'officer' });
  });

  it('uses the extracted deadline date next', () => {
    const p = prefillDueDate({ ...none, deadlineDate: d('2025-05-01') }, d('2025-03-14'), accepted);
    expect(p.dueDate).toEqual(d('2025-05-01'));
    expect(p.basis).toBe('deadline_date');
  });

  it('counts a time limit from the decision date, months clamped to the month end', () => {
    const p = prefillDueDate(
      { ...none, deadlineCount: 1, deadlineUnit: 'months' },
      d('2025-01-31'),
      accepted,
    );
    expect(p.dueDate).toEqual(d('2025-02-28'));
    expect(p.startDate).toEqual(d('2025-01-31'));
    expect(p.basis).toBe('decision_date');
  });

  it('counts working days past weekends and bank holidays', () => {
    // Friday 18 April 2025 is Good Friday, Monday 21 April Easter Monday.
    const p = prefillDueDate(
      { ...none, deadlineCount: 2, deadlineUnit: 'working_days' },
      d('2025-04-17'),
      accepted,
    );
    expect(p.dueDate).toEqual(d('2025-04-23'));
  });

  it('counts from the acceptance date when there is no decision date', () => {
    const p = prefillDueDate({ ...none, deadlineCount: 4, deadlineUnit: 'weeks' }, null, accepted);
    expect(p).toEqual({ dueDate: d('2025-04-29'), startDate: accepted, basis: 'acceptance_date' });
  });

  it('gives no date when nothing is known, and never starts the clock after the due date', () => {
    expect(prefillDueDate(none, null, accepted)).toEqual({
      dueDate: null,
      startDate: accepted,
      basis: 'none',
    });
    const p = prefillDueDate(none, null, accepted, d('2025-03-01'));
    expect(p.startDate).toEqual(d('2025-03-01'));
  });
});
