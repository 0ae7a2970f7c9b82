import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { REDIS_ENDPOINT, RedisEndpoint, redisOptions } from '../redis/redis-endpoint';
import { DOCUMENTS_QUEUE, SYSTEM_QUEUE } from './queue-names';
import { SystemProcessor } from './system.processor';

/** Bull on Redis, with a prefix so several apps or test runs can share one Redis safely. */
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig, endpoint: RedisEndpoint): DynamicModule {
    const queues = BullModule.registerQueue({ name: DOCUMENTS_QUEUE }, { name: SYSTEM_QUEUE });
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRoot({
          redis: redisOptions(endpoint),
          prefix: config.queue.prefix,
          // A job whose worker died (kill -9) is back on the queue within about 35 s. Parsing runs in
          // worker threads, so the event loop renews locks on time even while big files are read.
          settings: { stalledInterval: 5_000, maxStalledCount: 2, lockDuration: 30_000 },
        }),
        queues,
      ],
      providers: [
        { provide: REDIS_ENDPOINT, useValue: endpoint },
        ...(config.queue.consume ? [SystemProcessor] : []),
      ],
      exports: [queues, REDIS_ENDPOINT],
    };
  }
}
