import { MikroORM } from '@mikro-orm/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { loadConfig } from '../../src/config/app-config';
import { ServiceArea } from '../../src/service-areas/entities/service-area.entity';
import { migrateDatabase } from '../../src/platform/runtime';
import { parseServiceAreaSeed, seedServiceAreas } from '../../src/seeding/service-area-seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createTestDatabase } from '../support/test-database';

jest.setTimeout(60_000);

it('seeds the service-area tree idempotently', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'redress-seed-'));
  const db = await createTestDatabase();
  const config = loadConfig({ DATA_DIR: dir, ...(db.url ? { DATABASE_URL: db.url } : {}) });
  await migrateDatabase(config);
  const orm = await MikroORM.init(mikroOrmOptions(config));
  try {
    const file = join(__dirname, '..', '..', 'seeds', 'service-areas.json');
    const nodes = parseServiceAreaSeed(readFileSync(file, 'utf8'), file);
    const first = await orm.em.fork().transactional((em) => seedServiceAreas(em, nodes));
    expect(first.created).toBeGreaterThan(30);
    expect(first.existing).toBe(0);
    const second = await orm.em.fork().transactional((em) => seedServiceAreas(em, nodes));
    expect(second).toEqual({ created: 0, existing: first.created });
    const em = orm.em.fork();
    const team = await em.findOneOrFail(
      ServiceArea,
      { name: 'Home to School Transport' },
      { populate: ['parent.parent'] },
    );
    expect(team.kind).toBe('team');
    expect(team.parent?.name).toBe('Special Educational Needs and Disabilities');
    expect(team.parent?.parent?.name).toBe('Children and Families');
  } finally {
    await orm.close(true);
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
