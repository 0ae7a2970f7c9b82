import type { AuthUser } from '../../common/access/auth-user';
import type { ReportsService } from '../../reports/reports.service';
import { ScrutinySource } from './scrutiny-source';

/** A reports service that counts the computations, has a settable fingerprint and can be told to fail. */
function fakeReports() {
  const calls: string[] = [];
  let fail = false;
  let fingerprint = 'v1';
  let outstanding = 0;
  const reports = {
    fingerprint: async () => fingerprint,
    outstanding: async (u: AuthUser) => {
      calls.push(u.serviceAreaIds.join(',') || 'all');
      if (fail) throw new Error('database unavailable');
      return {
        asOf: '2026-01-01',
        rows: outstanding
          ? [{ serviceArea: 'Repairs', path: 'Housing > Repairs', outstanding, overdue: 0, ageBands: {} }]
          : [],
        totals: {},
      };
    },
    compliance: async () => ({ asOf: '2026-01-01', ombudsmanOnly: true, years: [] }),
    payments: async () => ({ rows: [], years: [] }),
    themes: async () => ({ themes: [] }),
  } as unknown as ReportsService;
  return {
    reports,
    calls,
    setFail: (f: boolean) => (fail = f),
    change: (outstandingNow: number) => {
      outstanding = outstandingNow;
      fingerprint = `v${Number(fingerprint.slice(1)) + 1}`;
    },
  };
}

const user = (role: AuthUser['role'], serviceAreaIds: string[] = []): AuthUser => ({
  id: 'u1',
  email: 's@example.org',
  name: 'S',
  role,
  serviceAreaIds,
  via: 'session',
});

describe('ScrutinySource', () => {
  it('keeps the figures while nothing changed, and works them out again on the first view after a change', async () => {
    const f = fakeReports();
    const source = new ScrutinySource(f.reports);
    expect((await source.load(user('scrutiny'))).outstanding).toEqual([]);
    await source.load(user('officer'));
    expect(f.calls).toEqual(['all']);
    f.change(20);
    const after = await source.load(user('scrutiny'));
    expect(after.outstanding.map((o) => o.serviceArea)).toEqual(['Housing > Repairs']);
    expect(f.calls).toEqual(['all', 'all']);
  });

  it("keeps a service lead's figures apart from the whole council's", async () => {
    const f = fakeReports();
    const source = new ScrutinySource(f.reports);
    await source.load(user('service_lead', ['b', 'a']));
    await source.load(user('service_lead', ['a', 'b']));
    await source.load(user('scrutiny'));
    expect(f.calls).toEqual(['b,a', 'all']);
  });

  it('keeps no failure: the next view computes again', async () => {
    const f = fakeReports();
    f.setFail(true);
    const source = new ScrutinySource(f.reports);
    await expect(source.load(user('scrutiny'))).rejects.toThrow('database unavailable');
    f.setFail(false);
    expect((await source.load(user('scrutiny'))).outstanding).toEqual([]);
    expect(f.calls).toEqual(['all', 'all']);
    await source.onModuleDestroy();
  });
});
