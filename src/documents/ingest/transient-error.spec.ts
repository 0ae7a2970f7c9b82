import {
  ConnectionException,
  DeadlockException,
  DriverException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  NotNullConstraintViolationException,
} from '@mikro-orm/core';
import { StoredFileUnreadableError } from '../../extraction-pool/extraction-pool';
import { isTransient } from './transient-error';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('isTransient', () => {
  it.each([
    ['SQLite busy', new LockWaitTimeoutException(new Error('SQLITE_BUSY: database is locked'))],
    ['a lost database connection', new ConnectionException(new Error('unable to open database file'))],
    ['a PostgreSQL deadlock', new DeadlockException(withCode('deadlock detected', '40P01'))],
    ['PostgreSQL shutting down', new DriverException(withCode('terminating connection', '57P01'))],
    ['PostgreSQL refusing connections', new DriverException(withCode('too many clients', '53300'))],
    ['a PostgreSQL connection dropped', new DriverException(new Error('Connection terminated unexpectedly'))],
    ['a full connection pool', new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a storage read error', new StoredFileUnreadableError('EIO', 'EIO: i/o error, read')],
    ['too many open files', new StoredFileUnreadableError('EMFILE', 'EMFILE: too many open files')],
    ['the pool closing at shutdown', new Error('The extraction pool was closed')],
    ['a cause that is transient', new Error('persist failed', { cause: withCode('reset', 'ECONNRESET') })],
  ])('%s: tried again', (_label, error) => {
    expect(isTransient(error)).toBe(true);
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'text')")],
    [
      'a value the column refuses',
      new DriverException(withCode('value too long for type varchar(100)', '22001')),
    ],
    ['a missing value', new NotNullConstraintViolationException(new Error('NOT NULL constraint failed'))],
    [
      'a document deleted meanwhile',
      new ForeignKeyConstraintViolationException(new Error('FOREIGN KEY failed')),
    ],
    ['a stored file nobody may read', new StoredFileUnreadableError('EACCES', 'EACCES: permission denied')],
    ['not an error at all', 'something odd'],
    ['nothing', undefined],
  ])('%s: not tried again', (_label, error) => {
    expect(isTransient(error)).toBe(false);
  });
});
