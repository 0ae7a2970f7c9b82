import { ConnectionException, DeadlockException, LockWaitTimeoutException } from '@mikro-orm/core';

/** System error codes that pass by themselves: a busy or briefly unreachable resource. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EAGAIN',
  'EBUSY',
  'EIO',
  'EMFILE',
  'ENFILE',
  'ENOSPC',
  'ENOMEM',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
]);

/**
 * PostgreSQL SQLSTATE classes and codes that pass by themselves: connection exceptions (08),
 * transaction rollbacks such as serialization failures and deadlocks (40), insufficient resources
 * (53), lock not available (55P03), the server shutting down or starting (57P01-57P03, 57014 a
 * statement cancelled by its timeout).
 */
const TRANSIENT_SQLSTATE = /^(08|40|53)|^(55P03|57P01|57P02|57P03|57014)$/;

const TRANSIENT_MESSAGE =
  /Connection terminated|connection (?:is )?closed|Timeout acquiring a connection|Redis did not answer|database is locked|The extraction pool was closed/i;

/**
 * Whether an error met while ingesting a document is worth another try later: the database busy or
 * unreachable, the disk or a connection briefly unavailable, the process shutting down. Anything else
 * (a constraint the data breaks, a bug) would fail the same way every time: it is not retried.
 */
export function isTransient(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (
      e instanceof ConnectionException ||
      e instanceof LockWaitTimeoutException ||
      e instanceof DeadlockException
    )
      return true;
    const { code, sqlState, message } = e as { code?: unknown; sqlState?: unknown; message?: unknown };
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    const state = typeof sqlState === 'string' ? sqlState : typeof code === 'string' ? code : '';
    if (/^[0-9A-Z]{5}$/.test(state) && TRANSIENT_SQLSTATE.test(state)) return true;
    if (typeof message === 'string' && TRANSIENT_MESSAGE.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
