import { join } from 'node:path';
import type { AppConfig } from './app-config';

/**
 * Where uploads (decisions and evidence) are spooled while the request is read: never in memory, always
 * removed afterwards; the start-up sweep clears what a crash left behind.
 */
export function uploadSpoolDir(config: AppConfig): string {
  return join(config.dataDir, 'tmp', 'uploads');
}
