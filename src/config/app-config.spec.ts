import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const c = loadConfig({}, '/srv/redress');
    expect(c.http.port).toBe(3000);
    expect(c.dataDir).toBe('/srv/redress/data');
    expect(c.uploadDir).toBe('/srv/redress/uploads');
    expect(c.database).toEqual({ kind: 'sqlite', file: '/srv/redress/data/redress.sqlite' });
    expect(c.redis).toEqual({ kind: 'private', serverBin: 'redis-server', dir: '/srv/redress/data/redis' });
    expect(c.limits.maxUploadBytes).toBe(25 * 1024 * 1024);
    expect(c.compliance.escalationThreshold).toBe(0.75);
    expect(c.compliance.schedulerEnabled).toBe(true);
  });

  it('lets a process leave the daily compliance run to others', () => {
    expect(loadConfig({ COMPLIANCE_SCHEDULER: 'false' }).compliance.schedulerEnabled).toBe(false);
    expect(() => loadConfig({ COMPLIANCE_SCHEDULER: 'sometimes' })).toThrow(/COMPLIANCE_SCHEDULER/);
  });

  it('uses PostgreSQL and an external Redis when their URLs are set', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@localhost:5432/redress',
      REDIS_URL: 'redis://127.0.0.1:6380',
    });
    expect(c.database).toEqual({ kind: 'postgresql', url: 'postgres://u:p@localhost:5432/redress' });
    expect(c.redis).toEqual({ kind: 'external', url: 'redis://127.0.0.1:6380' });
  });

  it('takes PUBLIC_URL without its trailing slash, and requires it when email is set up', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://redress.council.gov.uk/' }).http.publicUrl).toBe(
      'https://redress.council.gov.uk',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'redress.council.gov.uk' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://redress.council.gov.uk/?x=1' })).toThrow(
      /PUBLIC_URL=.*without \? or #/,
    );
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.council.gov.uk' })).toThrow(
      /PUBLIC_URL is required when SMTP_URL is set/,
    );
    const both = loadConfig({ SMTP_URL: 'smtp://mail.council.gov.uk', PUBLIC_URL: 'https://r.example' });
    expect(both.mail.smtpUrl).toBe('smtp://mail.council.gov.uk');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' }).redis.kind).toBe('private');
  });

  it.each([
    ['PORT', 'eighty', /PORT="eighty"/],
    ['PORT', '70000', /PORT="70000"/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": must be a postgres/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL="localhost:6379": must be a redis/],
    ['NODE_ENV', 'staging', /NODE_ENV="staging"/],
    ['ESCALATION_THRESHOLD', '1.5', /ESCALATION_THRESHOLD/],
  ])('refuses %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('requires a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).isProduction).toBe(true);
  });

  describe('TRUST_PROXY', () => {
    const prod = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) };

    it('is off by default, in production too', () => {
      expect(loadConfig({}).http.trustedProxies).toEqual([]);
      expect(loadConfig(prod).http.trustedProxies).toEqual([]);
      expect(loadConfig({ TRUST_PROXY: 'off' }).http.trustedProxies).toEqual([]);
    });

    it('takes a list of proxy addresses, ranges and range names', () => {
      expect(
        loadConfig({ TRUST_PROXY: ' 10.0.0.5, 10.0.1.0/24 ,loopback,fd00::/8,::1' }).http.trustedProxies,
      ).toEqual(['10.0.0.5', '10.0.1.0/24', 'loopback', 'fd00::/8', '::1']);
    });

    it.each(['true', '1', '2', '*', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/9'])(
      'refuses %s (trusting any hop would let anyone forge their address)',
      (value) => {
        expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
      },
    );
  });
});
