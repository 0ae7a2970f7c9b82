import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { AuthModule } from '../../src/auth/auth.module';
import { Public } from '../../src/common/access/route-access';
import { loadConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { JsonLogger } from '../../src/platform/logging/json-logger';
import { ensureDirectories, migrateDatabase } from '../../src/platform/runtime';
import { bearer, createUserWithToken } from '../support/auth-helpers';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { discoverRoutes } from './route-table';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

@Controller('forgotten')
class ForgottenController {
  /** Declares neither @Public() nor @Roles(): must be refused for everyone. */
  @Get()
  get() {
    return { secret: 'should never be served' };
  }

  @Get('open')
  @Public()
  open() {
    return { ok: true };
  }
}

describe('a route that declares no rule', () => {
  for (const env of ['development', 'production'] as const) {
    describe(`in ${env}`, () => {
      let app: INestApplication;
      let dir: string;
      let db: TestDatabase;
      beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'redress-unruled-'));
        db = await createTestDatabase();
        const config = loadConfig({
          NODE_ENV: env,
          SESSION_SECRET: 's'.repeat(40),
          DATA_DIR: join(dir, 'data'),
          UPLOAD_DIR: join(dir, 'uploads'),
          LOG_LEVEL: 'silent',
          ...(db.url ? { DATABASE_URL: db.url } : {}),
        });
        ensureDirectories(config);
        await migrateDatabase(config);
        @Module({
          imports: [
            ConfigModule.forRoot(config),
            MikroOrmModule.forRoot(mikroOrmOptions(config)),
            AuthModule,
          ],
          controllers: [ForgottenController],
        })
        class ProbeModule {}
        app = await NestFactory.create(ProbeModule, { logger: new JsonLogger('silent') });
        await app.init();
      });
      afterAll(async () => {
        await app?.close();
        await db?.drop();
        rmSync(dir, { recursive: true, force: true });
      });

      it('is classified "none" by the route table the matrix test uses', () => {
        const rule = discoverRoutes(app).find((r) => r.path === '/forgotten')?.rule;
        expect(rule).toEqual({ kind: 'none' });
      });

      it('is refused for every caller, naming the route outside production', async () => {
        const server = app.getHttpServer();
        await request(server).get('/forgotten').expect(303);
        const { token } = await createUserWithToken(app, { role: 'admin' });
        const res = await request(server).get('/forgotten').set(bearer(token));
        expect(res.status).toBe(500);
        expect(res.text).not.toContain('should never be served');
        if (env === 'development')
          expect(res.body.message).toMatch(/ForgottenController\.get .*neither @Public\(\) nor @Roles/);
        else expect(res.body.message).toBe('This page is not available.');
        await request(server).get('/forgotten/open').expect(200);
      });
    });
  }
});
