import type { EventView } from '../../actions/action-views';
import { formatDate, statusLabel } from '../setup/view-filters';

export interface TimelineEntry {
  at: Date;
  heading: string;
  by: string | null;
  note: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** An action's history as timeline entries, newest first, each with a heading in plain words. */
export function timeline(events: EventView[]): TimelineEntry[] {
  return [...events].reverse().map((e) => ({
    at: e.at,
    by: e.by,
    note: e.note,
    heading: headingFor(e),
  }));
}

function headingFor(e: EventView): string {
  const data = e.data ?? {};
  switch (e.type) {
    case 'created':
      return 'Recommendation accepted and action created';
    case 'transition':
      return e.from
        ? `Status changed from ${statusLabel(e.from).toLowerCase()} to ${statusLabel(e.to).toLowerCase()}`
        : `Status changed to ${statusLabel(e.to).toLowerCase()}`;
    case 'due_date_changed': {
      const from = str(data.from);
      const to = str(data.to);
      return from && to ? `Due date moved from ${formatDate(from)} to ${formatDate(to)}` : 'Due date changed';
    }
    case 'owner_changed':
      return 'Owner changed';
    case 'edited':
      return data.field === 'serviceArea' ? 'Moved to another service' : 'Action text edited';
    case 'evidence_added':
      return 'Evidence added';
    case 'payment_recorded':
      return 'Payment recorded';
    case 'reminder_sent':
      return 'Reminder sent';
    case 'escalated':
      return 'Escalated to a senior officer';
    case 'overdue':
      return 'Became overdue';
    default:
      return e.type.replace(/_/g, ' ');
  }
}
