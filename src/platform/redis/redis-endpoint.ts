import type { RedisOptions } from 'ioredis';

/** Where Redis is: a URL (external) or what the private supervisor started. */
export type RedisEndpoint =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'socket'; path: string }
  | { kind: 'url'; url: string };

export const REDIS_ENDPOINT = Symbol('REDIS_ENDPOINT');

/** ioredis options for an endpoint (Bull passes these to ioredis). */
export function redisOptions(endpoint: RedisEndpoint): RedisOptions {
  const base: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: false };
  switch (endpoint.kind) {
    case 'tcp':
      return { ...base, host: endpoint.host, port: endpoint.port };
    case 'socket':
      return { ...base, path: endpoint.path };
    case 'url': {
      if (endpoint.url.startsWith('unix://')) return { ...base, path: endpoint.url.slice('unix://'.length) };
      const u = new URL(endpoint.url);
      return {
        ...base,
        host: u.hostname,
        port: u.port ? Number(u.port) : 6379,
        username: u.username ? decodeURIComponent(u.username) : undefined,
        password: u.password ? decodeURIComponent(u.password) : undefined,
        db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined,
        tls: u.protocol === 'rediss:' ? {} : undefined,
      };
    }
  }
}

export function describeEndpoint(endpoint: RedisEndpoint): string {
  if (endpoint.kind === 'tcp') return `redis://${endpoint.host}:${endpoint.port}`;
  if (endpoint.kind === 'socket') return `unix://${endpoint.path}`;
  return endpoint.url.replace(/\/\/[^@/]*@/, '//***@');
}
