import { LocalDate } from '../calendar';
import { dedupeKey, noticesDue } from './compliance-rules';

const d = (s: string) => LocalDate.parse(s);
const settings = { reminderDaysBeforeDue: 5, escalationThreshold: 0.75 };
// 40 days from start to due: 75% is day 30 (2025-01-31).
const clock = (status = 'open') => ({ status, startDate: d('2025-01-01'), dueDate: d('2025-02-10') });

describe('noticesDue', () => {
  it('sends nothing early on', () => {
    expect(noticesDue(clock(), d('2025-01-10'), settings)).toEqual([]);
  });

  it('escalates from the day 75% of the time has passed', () => {
    expect(noticesDue(clock(), d('2025-01-30'), settings)).toEqual([]);
    expect(noticesDue(clock(), d('2025-01-31'), settings)).toEqual(['escalation']);
  });

  it('reminds in the days before the due date and on it', () => {
    expect(noticesDue(clock(), d('2025-02-04'), settings)).toEqual(['escalation']);
    expect(noticesDue(clock(), d('2025-02-05'), settings)).toEqual(['reminder', 'escalation']);
    expect(noticesDue(clock(), d('2025-02-10'), settings)).toEqual(['reminder', 'escalation']);
  });

  it('flags overdue the day after the due date', () => {
    expect(noticesDue(clock(), d('2025-02-11'), settings)).toEqual(['escalation', 'overdue']);
  });

  it('ignores completed, verified and cancelled actions', () => {
    for (const status of ['completed', 'verified', 'cancelled']) {
      expect(noticesDue(clock(status), d('2025-03-01'), settings)).toEqual([]);
    }
    expect(noticesDue(clock('in_progress'), d('2025-03-01'), settings)).toEqual(['escalation', 'overdue']);
  });

  it('reminds on the day only when the reminder period is 0', () => {
    const onTheDay = { ...settings, reminderDaysBeforeDue: 0 };
    expect(noticesDue(clock(), d('2025-02-09'), onTheDay)).toEqual(['escalation']);
    expect(noticesDue(clock(), d('2025-02-10'), onTheDay)).toEqual(['reminder', 'escalation']);
  });

  it('keys a notice by kind, action, due date and person', () => {
    expect(dedupeKey('reminder', 'a1', d('2025-02-10'), 'u1')).toBe('reminder:a1:2025-02-10:u1');
  });
});
