import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where the web layer's templates and static files are, under ts-node (src) and when built (dist). */
export interface WebPaths {
  views: string;
  assets: string;
  govukDist: string;
}

function firstExisting(candidates: string[]): string {
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`Web files not found in any of: ${candidates.join(', ')}`);
  return found;
}

export function webPaths(): WebPaths {
  const webRoot = resolve(__dirname, '..');
  // dist/src/web -> the project root is three levels up; src/web -> two levels up.
  const projectRoots = [resolve(webRoot, '../..'), resolve(webRoot, '../../..')];
  return {
    views: firstExisting([join(webRoot, 'views'), ...projectRoots.map((r) => join(r, 'src/web/views'))]),
    // nest-cli copies only *.njk into dist: static files are also looked for in the source tree.
    assets: firstExisting([join(webRoot, 'assets'), ...projectRoots.map((r) => join(r, 'src/web/assets'))]),
    govukDist: join(dirname(require.resolve('govuk-frontend/package.json')), 'dist'),
  };
}
