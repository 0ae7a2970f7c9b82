/** The kinds of audit event; other modules may record their own kinds too. */
export const AUDIT = {
  signIn: 'sign_in',
  signInFailed: 'sign_in_failed',
  accountLocked: 'account_locked',
  signOut: 'sign_out',
  userCreated: 'user_created',
  userUpdated: 'user_updated',
  roleChanged: 'role_changed',
  userDisabled: 'user_disabled',
  tokenCreated: 'token_created',
  tokenRevoked: 'token_revoked',
  /** A password change or a disabled account ended the user's sessions and API tokens. */
  credentialsEnded: 'credentials_ended',
  documentDownloaded: 'document_downloaded',
  documentDeleted: 'document_deleted',
  evidenceDownloaded: 'evidence_downloaded',
  exported: 'export',
} as const;

export type AuditType = (typeof AUDIT)[keyof typeof AUDIT] | (string & {});
