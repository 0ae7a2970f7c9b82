/**
 * The server side of bench:uploads: the real application (its own SQLite database and private Redis,
 * as the tests run it) on a free port, with two services, an officer's token and one action per upload
 * (BENCH_ACTIONS) to add evidence to. Prints one JSON line {port, token, actionIds} and then serves until killed.
 */
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { insertProcessedDocument } from '../../test/actions/support/review-fixtures';
import { twoServices } from '../../test/security/support/security-fixtures';
import { createTestApp } from '../../test/support/test-app';

async function main(): Promise<void> {
  const t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
  const s = await twoServices(t);
  // one action per upload: evidence added to one action at the same moment is (rightly) a conflict
  const count = Number(process.env.BENCH_ACTIONS ?? 30);
  const doc = await insertProcessedDocument(t, {
    reference: '24 999 999',
    recommendations: Array.from({ length: count }, (_, i) => ({
      text: `Review case file ${i + 1} within one month.`,
    })),
  });
  const actionIds: string[] = [];
  for (const recId of doc.recommendationIds) {
    const res = await request(t.app.getHttpServer())
      .post(`/api/recommendations/${recId}/accept`)
      .set('Authorization', `Bearer ${s.officer.token}`)
      .send({ serviceAreaId: s.areaA, dueDate: '2030-01-31' });
    actionIds.push((res.body as { action: { id: string } }).action.id);
  }
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port, token: s.officer.token, actionIds })}\n`);
  const stop = () => void t.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: Error) => {
  process.stderr.write(`upload-server: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
