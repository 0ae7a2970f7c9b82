import request from 'supertest';
import { bearer, createServiceArea, createUserWithToken } from '../../support/auth-helpers';
import { createTestApp, TestApp } from '../../support/test-app';
import type { Role } from '../../../src/users/entities/user.entity';

export interface UploadFile {
  name: string;
  bytes: Buffer;
}

export interface DocumentsHarness {
  t: TestApp;
  tokens: Record<Role, string>;
}

export async function startDocumentsApp(env: Record<string, string> = {}): Promise<DocumentsHarness> {
  const t = await createTestApp({ LOG_LEVEL: 'silent', ...env });
  const roles: Role[] = ['admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny'];
  const tokens = {} as Record<Role, string>;
  const area = await createServiceArea(t, 'Adult social care');
  for (const role of roles) {
    const serviceAreaIds = role === 'service_lead' ? [area.id] : [];
    tokens[role] = (await createUserWithToken(t, { role, serviceAreaIds })).token;
  }
  return { t, tokens };
}

export function upload(
  h: DocumentsHarness,
  files: UploadFile[],
  fields: Record<string, string> = {},
  role: Role = 'officer',
) {
  let req = request(h.t.app.getHttpServer()).post('/api/documents').set(bearer(h.tokens[role]));
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  for (const f of files)
    req = req.attach('files', f.bytes, { filename: f.name, contentType: 'application/octet-stream' });
  return req;
}

export function api(h: DocumentsHarness, method: 'get' | 'post', path: string, role: Role = 'officer') {
  return request(h.t.app.getHttpServer())[method](path).set(bearer(h.tokens[role]));
}

export interface DocumentBody {
  id: string;
  status: string;
  error: string | null;
  attempts: number;
  [k: string]: unknown;
}

/** Polls GET /api/documents/:id until the status is final (processed or failed). */
export async function waitUntilDone(
  h: DocumentsHarness,
  id: string,
  timeoutMs = 60_000,
): Promise<DocumentBody> {
  const deadline = Date.now() + timeoutMs;
  let last: DocumentBody | null = null;
  while (Date.now() < deadline) {
    const res = await api(h, 'get', `/api/documents/${id}`);
    last = res.body as DocumentBody;
    if (last.status === 'processed' || last.status === 'failed') return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`document ${id} still ${last?.status} after ${timeoutMs} ms`);
}
