import type { AuthUser } from '../../common/access/auth-user';
import type { AppConfig } from '../../config/app-config';
import type { ReportsService } from '../../reports/reports.service';
import { SCRUTINY_IDLE_MS, SCRUTINY_REFRESH_MS, ScrutinySource } from './scrutiny-source';

/** A reports service that counts the whole-council computations and can be told to fail. */
function fakeReports() {
  const calls: string[] = [];
  let fail = false;
  const reports = {
    outstanding: async (u: AuthUser) => {
      calls.push(u.serviceAreaIds.join(',') || 'all');
      if (fail) throw new Error('database unavailable');
      return { asOf: '2026-01-01', rows: [], totals: {} };
    },
    compliance: async () => ({ asOf: '2026-01-01', ombudsmanOnly: true, years: [] }),
    payments: async () => ({ rows: [], years: [] }),
    themes: async () => ({ themes: [] }),
  } as unknown as ReportsService;
  return { reports, calls, setFail: (f: boolean) => (fail = f) };
}

const scrutiny: AuthUser = {
  id: 'u1',
  email: 's@example.org',
  name: 'S',
  role: 'scrutiny',
  serviceAreaIds: [],
  via: 'session',
};

describe('ScrutinySource', () => {
  it('works out the whole council figures at start-up, so the first page view does not wait for them', async () => {
    jest.useFakeTimers();
    try {
      const f = fakeReports();
      const source = new ScrutinySource(f.reports, { env: 'production' } as AppConfig);
      source.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(0);
      expect(f.calls).toEqual(['all']);
      await source.load(scrutiny);
      expect(f.calls).toEqual(['all']);
      // Refreshed in the background before the figures go stale.
      await jest.advanceTimersByTimeAsync(5 * 60 * 1000);
      expect(f.calls).toEqual(['all', 'all']);
      await source.onModuleDestroy();
      await jest.advanceTimersByTimeAsync(10 * 60 * 1000);
      expect(f.calls).toEqual(['all', 'all']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops refreshing in the background while nobody looks at the figures', async () => {
    jest.useFakeTimers();
    try {
      const f = fakeReports();
      const source = new ScrutinySource(f.reports, { env: 'production' } as AppConfig);
      source.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(0);
      expect(f.calls).toEqual(['all']);
      // no page view: the hourly idle window passes without a recomputation
      await jest.advanceTimersByTimeAsync(SCRUTINY_IDLE_MS);
      expect(f.calls).toEqual(['all']);
      // a view starts the refreshes again
      await source.load(scrutiny);
      await jest.advanceTimersByTimeAsync(SCRUTINY_REFRESH_MS);
      expect(f.calls.length).toBeGreaterThan(1);
      await source.onModuleDestroy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('logs a failed background computation and lets the page compute on demand', async () => {
    const f = fakeReports();
    f.setFail(true);
    const source = new ScrutinySource(f.reports, { env: 'production' } as AppConfig);
    await expect(source.warm()).resolves.toBeUndefined();
    f.setFail(false);
    const data = await source.load(scrutiny);
    expect(data.outstanding).toEqual([]);
    expect(f.calls).toEqual(['all', 'all']);
  });

  it('does not warm under tests, where data is seeded after the app starts', async () => {
    const f = fakeReports();
    const source = new ScrutinySource(f.reports, { env: 'test' } as AppConfig);
    source.onApplicationBootstrap();
    await source.onModuleDestroy();
    expect(f.calls).toEqual([]);
  });
});
