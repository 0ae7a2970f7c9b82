import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/core';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import { AppConfig } from '../src/config/app-config';
import { ENTITIES } from '../src/entities';

const root = join(__dirname, '..');
/** Under ts-node (tests, CLI) __dirname is the source tree; in a build it is dist/. */
const runningTs = __filename.endsWith('.ts');

/** The MikroORM options for a validated AppConfig: SQLite file by default, PostgreSQL by URL. */
export function mikroOrmOptions(config: AppConfig, overrides: Partial<Options> = {}): Options {
  const driver = config.database.kind;
  const migrations = {
    path: join(root, 'src', 'migrations', driver),
    pathTs: join(root, 'src', 'migrations', driver),
    glob: runningTs ? '!(*.d).{js,ts}' : '!(*.d).js',
    transactional: true,
    allOrNothing: true,
    emit: 'ts' as const,
    snapshot: false,
    silent: true,
  };
  const common: Options = {
    entities: ENTITIES,
    extensions: [Migrator],
    migrations,
    preferTs: runningTs,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    ...overrides,
  };
  if (config.database.kind === 'postgresql') {
    return { driver: PostgreSqlDriver, clientUrl: config.database.url, pool: { min: 0, max: 10 }, ...common };
  }
  return { driver: SqliteDriver, dbName: config.database.file, ...common };
}
