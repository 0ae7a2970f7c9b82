import type { Express } from 'express';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
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

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templateFiles(join(dir, e.name)) : e.name.endsWith('.njk') ? [join(dir, e.name)] : [],
  );
}

/**
 * Compiles every template (ours and GOV.UK Frontend's) into the environment's cache, so that the
 * first view of each page after start-up does not pay for compiling it. Returns how many.
 */
export function precompileTemplates(env: nunjucks.Environment, paths: WebPaths): number {
  const names = [
    ...templateFiles(paths.views).map((f) => relative(paths.views, f)),
    ...templateFiles(join(paths.govukDist, 'govuk')).map((f) => relative(paths.govukDist, f)),
  ];
  for (const name of names) env.getTemplate(name, true);
  return names.length;
}
