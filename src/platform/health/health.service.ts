import { EntityManager } from '@mikro-orm/core';
import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { SYSTEM_QUEUE } from '../queue/queue-names';

export type CheckState = 'up' | 'down';

const TIMEOUT_MS = 1500;

function withTimeout<T>(p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    private readonly em: EntityManager,
    @InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue,
  ) {}

  async check(): Promise<{ database: CheckState; redis: CheckState }> {
    const [database, redis] = await Promise.all([this.database(), this.redis()]);
    return { database, redis };
  }

  private async database(): Promise<CheckState> {
    try {
      await withTimeout(this.em.getConnection().execute('select 1'));
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async redis(): Promise<CheckState> {
    try {
      const client = this.queue.client;
      if (client.status !== 'ready') return 'down';
      return (await withTimeout(client.ping())) === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
