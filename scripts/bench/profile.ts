/**
 * Where a benchmark's seconds go: each SQL statement's time (from knex's query events, summed by statement
 * shape), this process's CPU time, and the PostgreSQL server's CPU time (its processes under /proc, found
 * from postmaster.pid in PG_TMP, which scripts/lib-postgres.sh sets). Bench-only.
 */
import type { EntityManager } from '@mikro-orm/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlEm } from '../../src/common/sql/sql-em';

interface KnexQuery {
  __knexQueryUid?: string;
  sql?: string;
  bindings?: unknown[];
}

export interface SqlProfile {
  reset(): void;
  /** The statements by total time, longest first: "total ms  count  shape". */
  report(top?: number): string;
  /** The slowest statements as run (first of each shape), to EXPLAIN. */
  slowest(top?: number): { sql: string; bindings: unknown[]; ms: number }[];
  stop(): void;
}

/** Statement shape: values and long lists folded, so that one statement in a loop is one line. */
function shape(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\((?:\s*\?\s*,)+\s*\?\s*\)/g, '(?…)')
    .replace(/(?:\(\?…\)\s*,\s*)+\(\?…\)/g, '(?…)…')
    .slice(0, 160);
}

export function profileSql(em: EntityManager): SqlProfile {
  const knex = sqlEm(em).getKnex();
  const started = new Map<string, bigint>();
  const totals = new Map<string, { ms: number; count: number; sql: string; bindings: unknown[] }>();
  const onQuery = (q: KnexQuery) => {
    if (q.__knexQueryUid) started.set(q.__knexQueryUid, process.hrtime.bigint());
  };
  const onDone = (_: unknown, q: KnexQuery) => {
    const uid = q.__knexQueryUid;
    const s = uid ? started.get(uid) : undefined;
    if (!uid || s === undefined) return;
    started.delete(uid);
    const key = shape(q.sql ?? '');
    const t = totals.get(key) ?? { ms: 0, count: 0, sql: q.sql ?? '', bindings: q.bindings ?? [] };
    t.ms += Number(process.hrtime.bigint() - s) / 1e6;
    t.count += 1;
    totals.set(key, t);
  };
  knex.on('query', onQuery);
  knex.on('query-response', onDone);
  knex.on('query-error', onDone);
  return {
    reset: () => totals.clear(),
    report: (top = 12) =>
      [...totals.entries()]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, top)
        .map(([sql, t]) => `    ${t.ms.toFixed(0).padStart(6)} ms ${String(t.count).padStart(5)}x  ${sql}`)
        .join('\n'),
    slowest: (top = 4) =>
      [...totals.values()]
        .sort((a, b) => b.ms / b.count - a.ms / a.count)
        .slice(0, top)
        .map((t) => ({ sql: t.sql, bindings: t.bindings, ms: t.ms / t.count })),
    stop: () => {
      knex.removeListener('query', onQuery);
      knex.removeListener('query-response', onDone);
      knex.removeListener('query-error', onDone);
    },
  };
}

/** This process's CPU time (user + system, ms) since `start`. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

const TICKS_PER_SECOND = 100;

/**
 * The PostgreSQL server's CPU time so far (ms, all its processes), or null when it is not the throwaway
 * server of scripts/lib-postgres.sh (PG_TMP unset) or /proc cannot be read.
 */
export function postgresCpuMs(): number | null {
  const dir = process.env.PG_TMP;
  if (!dir) return null;
  try {
    const postmaster = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15)
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      if (pid === postmaster || ppid === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
