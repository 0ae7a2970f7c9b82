import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { SMOKE_JOB, SYSTEM_QUEUE } from './queue-names';

/** Answers the smoke job that proves the queue wiring end to end. */
@Processor(SYSTEM_QUEUE)
export class SystemProcessor {
  @Process(SMOKE_JOB)
  smoke(job: Job<{ echo: string }>): { echo: string; pid: number } {
    return { echo: job.data.echo, pid: process.pid };
  }
}
