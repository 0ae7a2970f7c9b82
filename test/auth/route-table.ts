import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { AccessRule } from '../../src/auth/access-rule';
import { accessRuleOf } from '../../src/auth/route-rule';

export interface DiscoveredRoute {
  method: string;
  path: string;
  controller: string;
  handler: string;
  rule: AccessRule;
}

const join = (...parts: string[]): string =>
  (
    '/' +
    parts
      .map((p) => p.replace(/^\/+|\/+$/g, ''))
      .filter(Boolean)
      .join('/')
  ).replace(/\/+/g, '/');

/** Every route of the running app, from Nest's controller metadata, with the access rule it declares. */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const modules = app.get(ModulesContainer);
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: DiscoveredRoute[] = [];
  const seen = new Set<object>();
  for (const mod of modules.values()) {
    for (const wrapper of mod.controllers.values()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      const cls = wrapper.metatype as (new (...a: never[]) => unknown) | null;
      if (!instance || !cls || seen.has(cls)) continue;
      seen.add(cls);
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, cls) ?? '/');
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = instance[name] as (...a: unknown[]) => unknown;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (sub === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        for (const b of base) {
          for (const s of ([] as string[]).concat(sub)) {
            routes.push({
              method,
              path: join(b, s),
              controller: cls.name,
              handler: name,
              rule: accessRuleOf(reflector, handler, cls),
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/**
 * The routes Express itself holds (catches a handler added outside Nest, which no guard would see).
 * Layers bound to every method at once are middleware (Nest's `forRoutes('*')`), not handlers.
 */
export function expressRoutes(app: INestApplication): { method: string; path: string }[] {
  const instance = app.getHttpAdapter().getInstance() as {
    router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const out: { method: string; path: string }[] = [];
  for (const layer of instance.router?.stack ?? []) {
    if (!layer.route) continue;
    if (Object.keys(layer.route.methods).length > 10) continue;
    for (const [m, on] of Object.entries(layer.route.methods)) {
      if (on && m !== '_all') out.push({ method: m.toUpperCase(), path: layer.route.path });
    }
  }
  return out;
}
