import type { Express } from 'express';
import nunjucks from 'nunjucks';
import type { WebPaths } from './web-paths';
import { viewFilters } from './view-filters';

/** Nunjucks over our views then govuk-frontend's dist; autoescape is always on. */
export function createViewEnvironment(
  paths: WebPaths,
  express: Express | null,
  watch = false,
): nunjucks.Environment {
  const env = nunjucks.configure([paths.views, paths.govukDist], {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
    noCache: watch,
    ...(express ? { express } : {}),
  });
  for (const [name, fn] of Object.entries(viewFilters)) env.addFilter(name, fn);
  env.addGlobal('serviceName', 'Redress');
  return env;
}
