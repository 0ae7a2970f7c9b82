import request from 'supertest';
import { cookieFrom, createUser, createUserWithSession, signIn } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

describe('sign-in and sign-out pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(async () => t?.close());

  it('signs in through the form and lands on the page for the role', async () => {
    const { user, password } = await createUser(t, { role: 'officer' });
    const agent = request.agent(httpServer(t));
    const page = await agent.get('/sign-in').expect(200);
    expect(page.text).toMatch(/name="_csrf" value="[^"]+"/);
    await signIn(agent, user.email, password);
    const home = await agent.get('/').expect(303);
    expect(home.headers.location).toBe('/documents');
  });

  it('shows a GOV.UK error summary linked to the field when the password is wrong', async () => {
    const { user } = await createUser(t, { role: 'officer' });
    const agent = request.agent(httpServer(t));
    const page = await agent.get('/sign-in');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const res = await agent
      .post('/sign-in')
      .type('form')
      .send({ email: user.email, password: 'wrong', _csrf: csrf })
      .expect(303);
    const back = await agent.get(res.headers.location).expect(200);
    expect(back.text).toContain('govuk-error-summary');
    expect(back.text).toContain('href="#email"');
    expect(back.text).toContain('<title>Error: Sign in - Redress</title>');
  });

  it('sends a signed-out browser to the sign-in page', async () => {
    const res = await request(httpServer(t)).get('/').expect(303);
    expect(res.headers.location).toBe('/sign-in');
  });

  it('signs out from the navigation link, which carries the session CSRF token', async () => {
    const { cookie, csrfToken } = await createUserWithSession(t, { role: 'scrutiny' });
    const page = await request(httpServer(t)).get('/sign-in?next=/').set('Cookie', cookie).expect(303);
    expect(page.headers.location).toBe('/');
    const home = await request(httpServer(t)).get('/').set('Cookie', cookie).expect(303);
    expect(home.headers.location).toBe('/dashboard');
    const out = await request(httpServer(t))
      .get(`/sign-out?_csrf=${encodeURIComponent(csrfToken)}`)
      .set('Cookie', cookie)
      .expect(303);
    expect(out.headers.location).toBe('/sign-in');
    expect(cookieFrom(out, 'redress_session')).toBe('');
  });
});
