import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { isoDate } from '../../src/common/dates';
import { createServiceArea, createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from '../actions/support/review-fixtures';

jest.setTimeout(120_000);

type Session = { cookie: string; csrfToken: string };

/** The review inbox in the pages: the queue, bulk decisions, undo, facts with moved deadlines, same case, add, split, delete. */
describe('review inbox pages', () => {
  let t: TestApp;
  let officer: Session;
  let areaId: string;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await createUserWithSession(t, { role: 'officer' });
    const directorate = await createServiceArea(t, 'Place', { kind: 'directorate' });
    areaId = (await createServiceArea(t, 'Housing Options', { parentId: directorate.id, kind: 'service' }))
      .id;
  });
  afterAll(async () => t?.close());

  const api = () => request(httpServer(t));
  const get = (path: string) => request(httpServer(t)).get(path).set('Cookie', officer.cookie);
  const post = (path: string, form: Record<string, string | string[]>) =>
    request(httpServer(t))
      .post(path)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ ...form, _csrf: officer.csrfToken });
  const proposals = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      text: `Remind staff of step ${i + 1}.`,
      within: { count: 1, unit: 'months' as const },
    }));

  it('shows what needs the officer, "decided of total", filters and a search', async () => {
    const { documentId } = await insertProcessedDocument(t, {
      reference: '24 111 222',
      organisation: 'Fenbury District Council',
      recommendations: proposals(3),
    });
    const page = await get('/documents').expect(200);
    expect(page.text).toMatch(/decisions? needs? review/);
    expect(page.text).toContain('0 of 3 decided');
    expect(page.text).toContain('<optgroup label="Place">');
    expect(page.text).not.toContain('\u2014 Housing Options');
    const found = await get('/documents?reference=24111222&status=needs_review').expect(200);
    expect(found.text).toContain(`/documents/${documentId}/review`);
    expect(found.text).toContain('1 document matches');
    const none = await get('/documents?q=nothing-like-this').expect(200);
    expect(none.text).toContain('No documents match');
  });

  it('shows a refused filter in the error summary, linked to that filter by the field the service names', async () => {
    const summary = (text: string) => /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(text)?.[0] ?? '';
    const year = await get('/documents?year=1066').expect(200);
    expect(summary(year.text)).toContain('href="#filter-year">The year must be a year such as 2024');
    const type = await get('/documents?type=limerick').expect(200);
    expect(summary(type.text)).toContain('href="#filter-type">');
    const words = await get(`/documents?q=${'x'.repeat(201)}`).expect(200);
    expect(summary(words.text)).toContain('href="#filter-q">The words to search for is too long');
  });

  it('rejects several with one common reason, undoes one, then accepts the rest with one service; focus goes to the next', async () => {
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: '2025-01-06',
      recommendations: proposals(5),
    });
    const review = `/documents/${documentId}/review`;
    const page = await get(review).expect(200);
    expect(page.text).toContain('Decide several at once');
    expect(page.text).toContain('A duplicate of another recommendation');
    const nothing = await post(`/documents/${documentId}/decisions`, { decision: 'reject' }).expect(303);
    expect(nothing.headers.location).toBe(review);
    expect((await get(review)).text).toContain('Select the recommendations to decide');
    const rejected = await post(`/documents/${documentId}/decisions`, {
      ids: ids.slice(0, 3),
      decision: 'reject',
      reason: 'duplicate',
    }).expect(303);
    expect(rejected.headers.location).toBe(`${review}#rec-${ids[3]}`);
    let shown = await get(review).expect(200);
    expect(shown.text).toContain('3 recommendations rejected.');
    expect(shown.text).toContain('Reason: A duplicate of another recommendation');
    expect(shown.text).toContain('3 of 5 decided');
    await post(`/recommendations/${ids[2]}/reopen`, {}).expect(303);
    shown = await get(review).expect(200);
    expect(shown.text).toContain('the rejection was undone');
    const badDate = await post(`/documents/${documentId}/decisions`, {
      ids: ids.slice(2),
      decision: 'accept',
      serviceAreaId: areaId,
      dueRule: 'date',
      'due-day': '31',
      'due-month': '2',
      'due-year': '2026',
    }).expect(303);
    expect(badDate.headers.location).toBe(review);
    expect((await get(review)).text).toContain('The due date must be a real date');
    // a refused service area is shown against the service area: the refusal names its field
    await post(`/documents/${documentId}/decisions`, {
      ids: ids.slice(2),
      decision: 'accept',
      serviceAreaId: '00000000-0000-4000-8000-000000000000',
      dueRule: 'deadline',
    }).expect(303);
    expect((await get(review)).text).toMatch(
      /href="#bulk-serviceAreaId">[^<]*There is no service area with that id/,
    );
    await post(`/documents/${documentId}/decisions`, {
      ids: ids.slice(2),
      decision: 'accept',
      serviceAreaId: areaId,
      dueRule: 'deadline',
    }).expect(303);
    shown = await get(review).expect(200);
    expect(shown.text).toContain('3 recommendations accepted.');
    expect(shown.text).toContain('5 of 5 decided: reviewed');
  });

  it('asks before accepting several all on one date already past, and accepts them once that date is confirmed', async () => {
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: '2025-01-06',
      recommendations: proposals(3),
    });
    const review = `/documents/${documentId}/review`;
    const onOneDate = (day: string, extra: Record<string, string> = {}) =>
      post(`/documents/${documentId}/decisions`, {
        ids: ids.slice(0, 2),
        decision: 'accept',
        serviceAreaId: areaId,
        dueRule: 'date',
        'due-day': day,
        'due-month': '3',
        'due-year': '2025',
        ...extra,
      }).expect(303);
    const dueDates = async () =>
      (
        await t.app
          .get(EntityManager)
          .fork()
          .find(TrackedAction, { recommendation: { $in: ids } })
      )
        .map((a) => isoDate(a.dueDate))
        .sort();

    const first = await onOneDate('3');
    expect(first.headers.location).toBe(`${review}#bulk-past-due`);
    expect(await dueDates()).toEqual([]);
    let page = await get(review).expect(200);
    expect(page.text).toContain('id="bulk-past-due"');
    expect(page.text).toContain('The due date, 3 March 2025, is in the past: every action will be overdue');
    expect(page.text).toMatch(/name="confirmPastDue" type="checkbox" value="2025-03-03"(?! checked)/);
    expect(page.text).toContain('Accept them due on 3 March 2025, a date already past');
    expect(page.text).not.toContain('govuk-error-summary');
    // what was chosen is kept: the selection, the decision, the service and the date
    expect(page.text).toMatch(new RegExp(`id="select-${ids[0]}"[^>]* checked`));
    expect(page.text).toMatch(new RegExp(`id="select-${ids[1]}"[^>]* checked`));
    expect(page.text).not.toMatch(new RegExp(`id="select-${ids[2]}"[^>]* checked`));
    expect(page.text).toMatch(/name="due-day" type="text" value="3"/);
    expect(page.text).toContain('0 of 3 decided');

    // sent again without ticking the box: asked again
    expect((await onOneDate('3')).headers.location).toBe(`${review}#bulk-past-due`);
    // confirming one date does not confirm another
    expect((await onOneDate('4', { confirmPastDue: '2025-03-03' })).headers.location).toBe(
      `${review}#bulk-past-due`,
    );
    page = await get(review).expect(200);
    expect(page.text).toContain('The due date, 4 March 2025, is in the past');
    expect(page.text).toContain('value="2025-03-04"');
    expect(await dueDates()).toEqual([]);

    const confirmed = await onOneDate('4', { confirmPastDue: '2025-03-04' });
    expect(confirmed.headers.location).toBe(`${review}#rec-${ids[2]}`);
    expect(await dueDates()).toEqual(['2025-03-04', '2025-03-04']);
    page = await get(review).expect(200);
    expect(page.text).toContain('2 recommendations accepted.');
    expect(page.text).not.toContain('id="bulk-past-due"');

    // a date to come is accepted straight away
    const later = await post(`/documents/${documentId}/decisions`, {
      ids: [ids[2]],
      decision: 'accept',
      serviceAreaId: areaId,
      dueRule: 'date',
      'due-day': '30',
      'due-month': '6',
      'due-year': '2031',
    }).expect(303);
    expect(later.headers.location).toBe(review);
    expect(await dueDates()).toEqual(['2025-03-04', '2025-03-04', '2031-06-30']);
  });

  it('corrects the decision date, showing the deadlines that will move before saving', async () => {
    const { documentId } = await insertProcessedDocument(t, {
      decisionDate: null,
      recommendations: proposals(2),
    });
    const form = await get(`/documents/${documentId}/facts`).expect(200);
    expect(form.text).toContain('name="decisionDate-day"');
    const base = {
      documentType: 'lgsco_decision',
      reference: '25 000 111',
      organisation: '',
      finding: 'upheld',
      faultFound: 'true',
    };
    const check = await post(`/documents/${documentId}/facts`, {
      ...base,
      'decisionDate-day': '1',
      'decisionDate-month': '4',
      'decisionDate-year': '2025',
    }).expect(200);
    expect(check.text).toContain('Check the deadlines that will move');
    expect(check.text).toContain('1 May 2025');
    const saved = await post(`/documents/${documentId}/facts`, {
      ...base,
      'decisionDate-day': '1',
      'decisionDate-month': '4',
      'decisionDate-year': '2025',
      confirm: 'yes',
    }).expect(303);
    expect(saved.headers.location).toBe(`/documents/${documentId}/review`);
    const review = await get(`/documents/${documentId}/review`).expect(200);
    expect(review.text).toContain('2 deadlines were worked out again');
    expect(review.text).toContain('(due 1 May 2025)');
    const bad = await post(`/documents/${documentId}/facts`, {
      ...base,
      'decisionDate-day': '1',
      'decisionDate-month': '',
      'decisionDate-year': '2025',
    }).expect(303);
    expect(bad.headers.location).toBe(`/documents/${documentId}/facts`);
    const again = await get(`/documents/${documentId}/facts`).expect(200);
    expect(again.text).toContain('The decision date must include a month');
    expect(again.text).toContain('govuk-input--error');
  });

  it('shows a refusal of the facts by the service against the field it names', async () => {
    const { documentId } = await insertProcessedDocument(t, { recommendations: proposals(1) });
    const base = {
      documentType: 'lgsco_decision',
      reference: '25 000 222',
      finding: 'upheld',
      confirm: 'yes',
    };
    const summary = async () => {
      const page = await get(`/documents/${documentId}/facts`).expect(200);
      return /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(page.text)?.[0] ?? '';
    };
    const year = new Date().getFullYear() + 2;
    await post(`/documents/${documentId}/facts`, {
      ...base,
      'decisionDate-day': '1',
      'decisionDate-month': '4',
      'decisionDate-year': String(year),
    }).expect(303);
    expect(await summary()).toContain(
      'href="#decisionDate-day">decisionDate: the decision date cannot be in the future',
    );
    await post(`/documents/${documentId}/facts`, { ...base, organisation: 'x'.repeat(301) }).expect(303);
    expect(await summary()).toContain(
      'href="#organisation">organisation: keep the organisation under 300 characters',
    );
  });

  it('confirms "remedied before the Ombudsman" on the review page (proposed from the decision), refusing a bad answer with an error summary', async () => {
    const { documentId } = await insertProcessedDocument(t, { recommendations: proposals(1) });
    const em = t.app.get(EntityManager).fork();
    await em
      .getConnection()
      .execute('update documents set remedied_before = ? where id = ?', [true, documentId]);
    const proposed = await get(`/documents/${documentId}/review`).expect(200);
    expect(proposed.text).toContain('Remedied before the Ombudsman');
    expect(proposed.text).toContain('Proposed: not confirmed');
    expect(proposed.text).toContain(`href="/documents/${documentId}/facts#remediedBefore"`);
    const form = await get(`/documents/${documentId}/facts`).expect(200);
    expect(form.text).toMatch(/name="remediedBefore" type="radio" value="true" checked/);
    expect(form.text).toContain('saving confirms it');
    const base = {
      documentType: 'lgsco_decision',
      reference: '',
      organisation: '',
      finding: 'upheld',
      faultFound: '',
    };

    const bad = await post(`/documents/${documentId}/facts`, { ...base, remediedBefore: 'perhaps' }).expect(
      303,
    );
    expect(bad.headers.location).toBe(`/documents/${documentId}/facts`);
    const refused = await get(`/documents/${documentId}/facts`).expect(200);
    expect(refused.text).toContain('govuk-error-summary');
    expect(refused.text).toContain('href="#remediedBefore"');
    expect(refused.text).toContain('Choose whether the council had already remedied the complaint');
    const unchanged = await api()
      .get(`/api/documents/${documentId}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(unchanged.body).toMatchObject({ remediedBefore: true, remediedBeforeConfirmed: false });

    const saved = await post(`/documents/${documentId}/facts`, { ...base, remediedBefore: 'false' }).expect(
      303,
    );
    expect(saved.headers.location).toBe(`/documents/${documentId}/review`);
    const review = await get(`/documents/${documentId}/review`).expect(200);
    expect(review.text).toContain('The facts of this document were saved.');
    expect(review.text).not.toContain('Proposed: not confirmed');
    expect(review.text).toMatch(
      /Remedied before the Ombudsman<\/dt><dd class="govuk-summary-list__value">No \(confirmed\)/,
    );
    const doc = await api().get(`/api/documents/${documentId}`).set('Cookie', officer.cookie).expect(200);
    expect(doc.body).toMatchObject({ remediedBefore: false, remediedBeforeConfirmed: true });
  });

  it('flags the same case with a link to the earlier document; "same" rejects the proposals', async () => {
    const first = await insertProcessedDocument(t, {
      reference: '22 333 444',
      fileName: 'first.pdf',
      recommendations: proposals(1),
    });
    const second = await insertProcessedDocument(t, {
      reference: '22 333 444',
      fileName: 'second.docx',
      recommendations: proposals(2),
    });
    const page = await get(`/documents/${second.documentId}/review`).expect(200);
    expect(page.text).toContain('This may be the same case as an earlier document');
    expect(page.text).toContain(`href="/documents/${first.documentId}/review"`);
    await post(`/documents/${second.documentId}/same-case`, { answer: 'same' }).expect(303);
    const after = await get(`/documents/${second.documentId}/review`).expect(200);
    expect(after.text).toContain('Marked as the same case');
    expect(after.text).toContain('2 of 2 decided');
  });

  it('moves an action to another service and owner on the action page; an owner who cannot see it is refused', async () => {
    const other = (await createServiceArea(t, 'Highways', { kind: 'service' })).id;
    const lead = await createUserWithSession(t, {
      role: 'service_lead',
      serviceAreaIds: [areaId],
      name: 'Lena Lead',
    });
    const { recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: '2025-01-06',
      recommendations: proposals(1),
    });
    await post(`/recommendations/${ids[0]}/accept`, {
      serviceAreaId: other,
      ownerId: '',
      dueDate: '',
    }).expect(303);
    const actionId = (
      await t.app.get(EntityManager).fork().findOneOrFail(TrackedAction, { recommendation: ids[0] })
    ).id;
    const page = await get(`/actions/${actionId}`).expect(200);
    expect(page.text).toContain('Move to another service or owner');
    expect(page.text).toContain('<h1 class="govuk-heading-l">Remind staff of step 1.</h1>');
    await post(`/actions/${actionId}/assign`, { serviceAreaId: other, ownerId: lead.user.id }).expect(303);
    const refused = await get(`/actions/${actionId}`).expect(200);
    expect(refused.text).toContain('cannot see actions of this service');
    await post(`/actions/${actionId}/assign`, { serviceAreaId: areaId, ownerId: lead.user.id }).expect(303);
    const moved = await get(`/actions/${actionId}`).expect(200);
    expect(moved.text).toContain('The action was moved.');
    expect(moved.text).toContain('Lena Lead');
  });

  it('adds a recommendation, splits one, and deletes the document', async () => {
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      sourceText: 'The Council will apologise and pay £100.',
      recommendations: [
        {
          text: 'Apologise and pay £100.',
          payments: [{ amountPence: 10000, payee: null, purpose: 'distress' }],
        },
      ],
    });
    await post(`/documents/${documentId}/recommendations`, {
      text: 'Review the letters.',
      spanStart: '',
      spanEnd: '',
    }).expect(303);
    await post(`/recommendations/${ids[0]}/split`, { parts: 'Apologise.\nPay £100.' }).expect(303);
    const page = await get(`/documents/${documentId}/review`).expect(200);
    expect(page.text).toContain('split into 2');
    expect(page.text).toMatch(/Pay £100\.<\/p>[\s\S]*?Payment: £100\.00 distress/);
    expect(page.text).toContain('Review the letters.');
    const confirm = await get(`/documents/${documentId}/delete`).expect(200);
    expect(confirm.text).toContain('Are you sure you want to delete this document?');
    const deleted = await post(`/documents/${documentId}/delete`, {}).expect(303);
    expect(deleted.headers.location).toBe('/documents');
    await get(`/documents/${documentId}/review`).expect(404);
  });
});

describe('a page a role may not open', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('is a GOV.UK page for a service lead at /upload, and stays JSON for the API', async () => {
    const area = await createServiceArea(t, 'Libraries', { kind: 'service' });
    const lead = await createUserWithSession(t, { role: 'service_lead', serviceAreaIds: [area.id] });
    const page = await request(httpServer(t))
      .get('/upload')
      .set('Cookie', lead.cookie)
      .set('Accept', 'text/html')
      .expect(403);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('You cannot do that');
    const api = await request(httpServer(t))
      .get('/upload')
      .set('Cookie', lead.cookie)
      .set('Accept', 'application/json')
      .expect(403);
    expect(api.headers['content-type']).toContain('application/json');
  });
});
