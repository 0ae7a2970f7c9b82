import type { LocalDate } from '../calendar';

/** An action as the reports need it (dates as LocalDate, completion as the London calendar day). */
export interface ReportAction {
  id: string;
  status: string;
  serviceAreaId: string;
  startDate: LocalDate;
  dueDate: LocalDate | null;
  originalDueDate: LocalDate | null;
  completedOn: LocalDate | null;
  ombudsmanRemedy: boolean;
  learning: boolean;
  text: string;
  documentId: string;
  documentReference: string | null;
}

export interface ReportPayment {
  actionId: string;
  serviceAreaId: string;
  /** The year the remedy was agreed (the action's start: decision date or acceptance). */
  agreedYear: number;
  agreedPence: number;
  paidPence: number;
  paidOn: LocalDate | null;
}

/** Where a service area sits, for grouping: its name, its directorate, its full path. */
export interface AreaLabel {
  id: string;
  name: string;
  directorate: string;
  path: string;
}
