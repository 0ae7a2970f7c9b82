import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Request, Response } from 'express';
import Redis from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { SESSION_COOKIE } from '../../auth/session-policy';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { REDIS_ENDPOINT, RedisEndpoint, redisOptions } from '../../platform/redis/redis-endpoint';
import type { FormState } from './form-state';

export interface FlashMessage {
  type: 'success' | 'info';
  text: string;
}

interface FlashData {
  messages: FlashMessage[];
  forms: Record<string, FormState>;
}

const COOKIE = 'redress_flash';
const TTL_SECONDS = 600;

function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Messages and form state that survive one redirect (Post/Redirect/Get). Stored server side in
 * Redis, keyed by the signed-in session (a hash of its cookie) or, before sign-in, by a random
 * per-browser cookie; kept for ten minutes and removed when read.
 */
@Injectable()
export class FlashStore implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly secure: boolean;

  constructor(@Inject(REDIS_ENDPOINT) endpoint: RedisEndpoint, @Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis({
      ...redisOptions(endpoint),
      lazyConnect: true,
      keyPrefix: `${config.queue.prefix}:flash:`,
    });
    this.secure = config.isProduction;
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  private key(req: Request, res: Response): string {
    const session = readCookie(req, SESSION_COOKIE);
    if (session) return `s:${createHash('sha256').update(session).digest('hex')}`;
    const existing = readCookie(req, COOKIE);
    if (existing && /^[a-f0-9]{32}$/.test(existing)) return existing;
    const created = randomBytes(16).toString('hex');
    res.cookie(COOKIE, created, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' });
    return created;
  }

  private async update(req: Request, res: Response, change: (d: FlashData) => void): Promise<void> {
    const key = this.key(req, res);
    const raw = await this.redis.get(key);
    const data: FlashData = raw ? (JSON.parse(raw) as FlashData) : { messages: [], forms: {} };
    change(data);
    await this.redis.set(key, JSON.stringify(data), 'EX', TTL_SECONDS);
  }

  /** A message shown once on the next page. */
  message(req: Request, res: Response, text: string, type: FlashMessage['type'] = 'success'): Promise<void> {
    return this.update(req, res, (d) => d.messages.push({ text, type }));
  }

  /** A form's values and errors, for the page the POST redirects back to. */
  form(req: Request, res: Response, formId: string, state: FormState): Promise<void> {
    return this.update(req, res, (d) => (d.forms[formId] = state));
  }

  /** Everything stored for this browser, removed as it is read. */
  async take(req: Request): Promise<FlashData> {
    const session = readCookie(req, SESSION_COOKIE);
    const browser = readCookie(req, COOKIE);
    const key = session
      ? `s:${createHash('sha256').update(session).digest('hex')}`
      : browser && /^[a-f0-9]{32}$/.test(browser)
        ? browser
        : null;
    if (!key) return { messages: [], forms: {} };
    const raw = await this.redis.getdel(key);
    return raw ? (JSON.parse(raw) as FlashData) : { messages: [], forms: {} };
  }
}
