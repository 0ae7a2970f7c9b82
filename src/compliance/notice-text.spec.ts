import { LocalDate } from '../calendar';
import { digestEmail, immediateEmail } from './mail/notice-emails';
import { NOTICE_KINDS } from './notice-rules';
import { actionInWords, actionNoticeText, overdueSummaryText } from './notice-text';

const d = (s: string) => LocalDate.parse(s);
const facts = {
  actionId: '6f1c2a4e-0000-4000-8000-000000000001',
  text: 'Pay Mrs B £500 to acknowledge the distress caused by the delay. The council should also apologise.',
  serviceAreaName: 'Special Educational Needs',
  dueDate: d('2027-01-01'),
  today: d('2027-01-05'),
};
const URL = 'https://redress.council.example';

describe('notice words', () => {
  it('names the action, the service and the due date in the subject, as a person says it', () => {
    expect(actionNoticeText('overdue', facts).subject).toBe(
      'Overdue: pay Mrs B £500 to acknowledge the distress caused by the delay (Special Educational Needs), due 1 January 2027',
    );
    expect(actionNoticeText('assigned', { ...facts, today: d('2026-12-01') }).subject).toBe(
      'New action for Special Educational Needs: pay Mrs B £500 to acknowledge the distress caused by the delay, due 1 January 2027',
    );
    expect(actionNoticeText('overdue', facts).body).toMatch(/^This action was due on 1 January 2027 and is 4 days overdue\./);
  });

  it('shortens a long action at a word and keeps names as written (no "[name removed]")', () => {
    const what = actionInWords(
      'Review the way the council records the outcome of each assessment of a child with special educational needs and tell Mr X',
    );
    expect(what.length).toBeLessThanOrEqual(70);
    expect(what).toMatch(/^review the way .* \w+…$/);
    expect(actionInWords('Mrs B should be paid £200.')).toBe('Mrs B should be paid £200');
    expect(actionInWords('SEN team to review its letters.')).toBe('SEN team to review its letters');
    for (const kind of NOTICE_KINDS) {
      if (kind === 'overdue_summary') continue;
      const t = actionNoticeText(kind, facts);
      expect(`${t.subject}\n${t.body}`).not.toMatch(/name removed|\/actions\//);
      expect(t.link).toBe(`/actions/${facts.actionId}`);
    }
  });

  it('summarises actions already overdue when accepted in one notice', () => {
    const s = overdueSummaryText(
      [
        { text: 'Apologise to Mr X.', serviceAreaName: 'Housing', dueDate: d('2025-11-01') },
        { text: 'Pay Mr X £300.', serviceAreaName: 'Housing', dueDate: d('2025-11-01') },
      ],
      d('2026-12-05'),
    );
    expect(s.subject).toBe('Already overdue when accepted: 2 actions to chase');
    expect(s.body).toContain('- apologise to Mr X (Housing), was due 1 November 2025, 399 days ago');
    expect(s.link).toBe('/actions?overdue=true');
  });
});

describe('notice emails', () => {
  const overdue = { kind: 'overdue' as const, ...actionNoticeText('overdue', facts) };
  const dueSoon = { kind: 'due_soon' as const, ...actionNoticeText('due_soon', { ...facts, today: d('2026-12-30') }) };
  const assigned = { kind: 'assigned' as const, ...actionNoticeText('assigned', facts) };

  it('sends one notice at once under its own subject, with a full link in text and HTML, never a bare path', () => {
    const mail = immediateEmail([overdue], URL);
    expect(mail.subject).toBe(overdue.subject);
    expect(mail.text).toContain(`Open it: ${URL}/actions/${facts.actionId}`);
    expect(mail.html).toContain(`<a href="${URL}/actions/${facts.actionId}">`);
    expect(mail.text.replace(new RegExp(`${URL}/\\S+`, 'g'), '')).not.toMatch(/\/actions\//);
    expect(mail.html).toContain('Pay Mrs B £500');
  });

  it('groups a digest: overdue, at risk, due soon, assigned, waiting for verification', () => {
    const mail = digestEmail([assigned, dueSoon, overdue], URL, d('2026-12-31'));
    expect(mail.subject).toBe('Redress daily digest for 31 December 2026: 1 overdue, 1 due soon, 1 newly assigned');
    const order = ['OVERDUE (1)', 'DUE SOON (1)', 'NEWLY ASSIGNED (1)'].map((h) => mail.text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(mail.html).toMatch(/<h2>Overdue \(1\)<\/h2>.*<h2>Due soon \(1\)<\/h2>.*<h2>Newly assigned \(1\)<\/h2>/s);
    expect(mail.text).toContain(`${URL}/notifications/settings`);
  });

  it('escapes the action text in HTML', () => {
    const hostile = { kind: 'overdue' as const, ...actionNoticeText('overdue', { ...facts, text: 'Fix <script>alert(1)</script> now.' }) };
    const mail = immediateEmail([hostile], URL);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });
});
