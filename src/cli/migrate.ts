import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { ConfigError, loadConfigFromProcess } from '../config/app-config';
import { ensureDirectories } from '../platform/runtime';

/**
 * npm run migrate                 apply the committed migrations to the configured database
 * npm run migrate -- create NAME  write a migration for the configured driver from the entity changes
 * npm run migrate -- pending      list migrations not yet applied
 */
async function main(argv: string[]): Promise<number> {
  const [command = 'up', name] = argv;
  const config = loadConfigFromProcess();
  ensureDirectories(config);
  const orm = await MikroORM.init(mikroOrmOptions(config));
  try {
    const migrator = orm.getMigrator();
    if (command === 'up') {
      const applied = await migrator.up();
      process.stderr.write(
        applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}\n` : 'up to date\n',
      );
      return 0;
    }
    if (command === 'pending') {
      const pending = await migrator.getPendingMigrations();
      process.stdout.write(pending.map((m) => m.name).join('\n') + (pending.length ? '\n' : ''));
      return 0;
    }
    if (command === 'create') {
      const result = await migrator.createMigration(undefined, false, false, name ?? 'change');
      process.stderr.write(result.fileName ? `created ${result.fileName}\n` : 'no changes\n');
      return 0;
    }
    process.stderr.write(`unknown command "${command}": use up, pending or create NAME\n`);
    return 2;
  } finally {
    await orm.close(true);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`${e instanceof ConfigError ? '' : 'Migration failed: '}${e.message}\n`);
    process.exit(1);
  },
);
