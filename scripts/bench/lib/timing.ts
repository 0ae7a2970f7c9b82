/** Timing and memory helpers for the benches. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  iterations: number;
  totalMs: number;
  perOpMs: number;
  /** CPU time of this process per run (user + system): the figure that matters on a busy machine. */
  cpuPerOpMs: number;
}

/** Run `fn` for at least `minMs` (and at least `minIterations` times) after `warmup` runs. */
export async function measure(
  fn: () => Promise<unknown> | unknown,
  { minMs = 2000, minIterations = 5, warmup = 2 } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  let iterations = 0;
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs || iterations < minIterations) {
    await fn();
    iterations++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    iterations,
    totalMs: elapsed,
    perOpMs: elapsed / iterations,
    cpuPerOpMs: (cpu.user + cpu.system) / 1000 / iterations,
  };
}

let gcFunction: (() => void) | null = null;

/** A full garbage collection, whether or not node was started with --expose-gc. */
export function collectGarbage(): void {
  if (!gcFunction) {
    setFlagsFromString('--expose-gc');
    gcFunction = runInNewContext('gc') as () => void;
  }
  gcFunction();
}

export interface MemorySample {
  documents: number;
  heapUsedMb: number;
  rssMb: number;
}

export function memorySample(documents: number): MemorySample {
  collectGarbage();
  const m = process.memoryUsage();
  return { documents, heapUsedMb: m.heapUsed / 1048576, rssMb: m.rss / 1048576 };
}
