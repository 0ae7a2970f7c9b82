/** What a person may do in Redress: every user has exactly one role. */
export const ROLES = ['admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny'] as const;
export type Role = (typeof ROLES)[number];
