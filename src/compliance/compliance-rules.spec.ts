import { LocalDate } from '../calendar';
import { clockStart, dedupeKey, noticesDue, wasOverdueWhenAccepted } from './compliance-rules';

const d = (s: string) => LocalDate.parse(s);
const settings = { dueSoonWorkingDays: 5, atRiskShare: 0.75 };
// Accepted on the decision date; 40 days to the due date (Monday 10 Feb 2025): 75% is 31 Jan.
const clock = (status = 'open') => ({
  status,
  decisionDate: d('2025-01-01'),
  acceptedOn: d('2025-01-01'),
  dueDate: d('2025-02-10'),
});

describe('noticesDue', () => {
  it('sends nothing early on', () => {
    expect(noticesDue(clock(), d('2025-01-10'), settings)).toEqual([]);
  });

  it('is at risk from the day the configured share of the time has passed', () => {
    expect(noticesDue(clock(), d('2025-01-30'), settings)).toEqual([]);
    expect(noticesDue(clock(), d('2025-01-31'), settings)).toEqual(['at_risk']);
    expect(noticesDue(clock(), d('2025-01-30'), { ...settings, atRiskShare: 0.5 })).toEqual(['at_risk']);
  });

  it('is due soon N working days before the due date (weekends do not count), and on it', () => {
    // Sunday 2 Feb: 6 working days to Monday 10 Feb; Monday 3 Feb: 5.
    expect(noticesDue(clock(), d('2025-02-02'), settings)).toEqual(['at_risk']);
    expect(noticesDue(clock(), d('2025-02-03'), settings)).toEqual(['due_soon', 'at_risk']);
    expect(noticesDue(clock(), d('2025-02-10'), settings)).toEqual(['due_soon', 'at_risk']);
    const onTheDay = { ...settings, dueSoonWorkingDays: 0 };
    expect(noticesDue(clock(), d('2025-02-07'), onTheDay)).toEqual(['at_risk']);
    expect(noticesDue(clock(), d('2025-02-10'), onTheDay)).toEqual(['due_soon', 'at_risk']);
  });

  it('counts bank holidays as non-working days for due soon', () => {
    // Due Tuesday 6 May 2025; Monday 5 May is a bank holiday, so from Monday 28 April it is 5 working
    // days (it would be 6 if 5 May counted); from Friday 25 April, 6.
    const may = { ...clock(), decisionDate: d('2025-04-01'), acceptedOn: d('2025-04-01'), dueDate: d('2025-05-06') };
    expect(noticesDue(may, d('2025-04-25'), settings)).not.toContain('due_soon');
    expect(noticesDue(may, d('2025-04-28'), settings)).toContain('due_soon');
  });

  it('flags overdue the day after the due date, and an overdue action is not "at risk"', () => {
    expect(noticesDue(clock(), d('2025-02-11'), settings)).toEqual(['overdue']);
    expect(noticesDue(clock('in_progress'), d('2026-02-11'), settings)).toEqual(['overdue']);
  });

  it('starts the at-risk clock on the day the action was accepted when that is later than the decision', () => {
    // Decided a year before it was entered: by the decision date alone 92% would have passed.
    const late = { ...clock(), decisionDate: d('2024-02-01'), acceptedOn: d('2025-01-01') };
    expect(clockStart(late)).toEqual(d('2025-01-01'));
    expect(noticesDue(late, d('2025-01-10'), settings)).toEqual([]);
    expect(noticesDue(late, d('2025-01-31'), settings)).toEqual(['at_risk']);
    // and on the decision date when that is the later one
    expect(clockStart({ decisionDate: d('2025-03-01'), acceptedOn: d('2025-02-01') })).toEqual(d('2025-03-01'));
  });

  it('puts an action already overdue when accepted in the summary only, never at risk or overdue on its own', () => {
    const backfilled = { status: 'open', decisionDate: d('2024-01-01'), acceptedOn: d('2025-03-01'), dueDate: d('2024-03-01') };
    expect(wasOverdueWhenAccepted(backfilled)).toBe(true);
    expect(noticesDue(backfilled, d('2025-03-01'), settings)).toEqual(['overdue_summary']);
    expect(noticesDue(backfilled, d('2025-06-01'), settings)).toEqual(['overdue_summary']);
    // due on the day it was accepted is not backfilled
    const dueThatDay = { ...backfilled, dueDate: d('2025-03-01') };
    expect(wasOverdueWhenAccepted(dueThatDay)).toBe(false);
    expect(noticesDue(dueThatDay, d('2025-03-02'), settings)).toEqual(['overdue']);
    // a later due date agreed after accepting puts it back on the ordinary rules
    const extended = { ...backfilled, dueDate: d('2025-04-01') };
    expect(noticesDue(extended, d('2025-03-02'), settings)).toEqual([]);
  });

  it('ignores completed, verified and cancelled actions', () => {
    for (const status of ['completed', 'verified', 'cancelled']) {
      expect(noticesDue(clock(status), d('2025-03-01'), settings)).toEqual([]);
      expect(noticesDue(clock(status), d('2025-02-05'), settings)).toEqual([]);
    }
  });

  it('keys a notice by kind, action, due date and person', () => {
    expect(dedupeKey('due_soon', 'a1', d('2025-02-10'), 'u1')).toBe('due_soon:a1:2025-02-10:u1');
  });
});
