import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { loadConfigFromProcess } from '../config/app-config';
import { ensureDirectories } from '../platform/runtime';
import { parseServiceAreaSeed, seedServiceAreas } from '../seeding/service-area-seed';
import { seedDemoUsers } from '../users/demo-users';

/**
 * npm run seed [-- FILE]: loads seeds/ idempotently into the configured database and, outside
 * production, the embedded demo's users (their sign-ins go to DATA_DIR/demo-users.txt, which
 * `npm start` prints on its first run).
 */
async function main(argv: string[]): Promise<void> {
  const config = loadConfigFromProcess();
  ensureDirectories(config);
  const file = argv[0] ?? join(__dirname, '..', '..', 'seeds', 'service-areas.json');
  const nodes = parseServiceAreaSeed(readFileSync(file, 'utf8'), file);
  const orm = await MikroORM.init(mikroOrmOptions(config));
  try {
    await orm.getMigrator().up();
    const em = orm.em.fork();
    const areas = await em.transactional((tx) => seedServiceAreas(tx, nodes));
    process.stderr.write(`service areas: ${areas.created} created, ${areas.existing} already there\n`);
    if (!config.isProduction) {
      const demo = await seedDemoUsers(orm.em.fork(), config);
      process.stderr.write(
        demo.created.length
          ? `demo users: ${demo.created.length} created; sign-ins in ${demo.file}\n`
          : 'demo users: already there\n',
      );
    }
  } finally {
    await orm.close(true);
  }
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`Seeding failed: ${e.message}\n`);
  process.exit(1);
});
