import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { Logger } from '@nestjs/common';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { ConfigError, loadConfigFromProcess } from '../config/app-config';
import { ensureDirectories } from '../platform/runtime';
import { runUsersCli, USAGE } from './users-cli';

/** npm run --silent users -- create|list|token|disable|services ... (see USAGE). */
async function main(argv: string[]): Promise<number> {
  if (!argv.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  Logger.overrideLogger(false);
  const config = loadConfigFromProcess();
  ensureDirectories(config);
  const orm = await MikroORM.init(mikroOrmOptions(config));
  try {
    const migrator = orm.getMigrator();
    const pending = await migrator.getPendingMigrations();
    if (pending.length) {
      if (config.database.kind === 'sqlite') {
        await migrator.up();
      } else {
        process.stderr.write('The database has migrations still to apply: run "npm run migrate" first.\n');
        return 1;
      }
    }
    return await runUsersCli(argv, orm.em.fork(), {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    await orm.close(true);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`${e instanceof ConfigError ? '' : 'The users command failed: '}${e.message}\n`);
    process.exit(e instanceof ConfigError ? 78 : 1);
  },
);
