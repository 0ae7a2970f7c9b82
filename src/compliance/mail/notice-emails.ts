import { LocalDate } from '../../calendar';
import { DIGEST_GROUP_TITLES, DIGEST_GROUPS, type DigestGroup, type NoticeKind, NOTICE_RULES } from '../notice-rules';

/** A stored notice as emails show it. */
export interface MailableNotice {
  kind: NoticeKind;
  subject: string;
  body: string;
  link: string | null;
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The most notices one email lists; the rest are on the notifications page. */
export const EMAIL_NOTICE_LIMIT = 50;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A full link from the configured public address (PUBLIC_URL, without a trailing slash) and an app path. */
export function fullLink(publicUrl: string, path: string): string {
  return `${publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

function textBlock(n: MailableNotice, publicUrl: string): string {
  const link = n.link ? `\nOpen it: ${fullLink(publicUrl, n.link)}` : '';
  return `${n.subject}\n${n.body}${link}`;
}

function htmlBlock(n: MailableNotice, publicUrl: string): string {
  const paragraphs = n.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  const link = n.link
    ? `<p><a href="${escapeHtml(fullLink(publicUrl, n.link))}">Open it in Redress</a></p>`
    : '';
  return `<h3>${escapeHtml(n.subject)}</h3>${paragraphs}${link}`;
}

const page = (title: string, inner: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4">${inner}</body></html>`;

const footer = (publicUrl: string) => ({
  text: `\n\n--\nAll your notifications: ${fullLink(publicUrl, '/notifications')}\nChoose how you are emailed: ${fullLink(publicUrl, '/notifications/settings')}`,
  html:
    `<hr><p><a href="${escapeHtml(fullLink(publicUrl, '/notifications'))}">All your notifications</a> · ` +
    `<a href="${escapeHtml(fullLink(publicUrl, '/notifications/settings'))}">Choose how you are emailed</a></p>`,
});

/** An email sent at once (an assignment or an escalation): one notice as it is, several in one message. */
export function immediateEmail(notices: MailableNotice[], publicUrl: string): ComposedEmail {
  const shown = notices.slice(0, EMAIL_NOTICE_LIMIT);
  const subject =
    notices.length === 1
      ? notices[0].subject
      : `${notices.length} actions need your attention now (${[...new Set(notices.map((n) => kindWord(n.kind)))].join(', ')})`;
  const more = notices.length - shown.length;
  const end = footer(publicUrl);
  const text = shown.map((n) => textBlock(n, publicUrl)).join('\n\n----------\n\n');
  const html = shown.map((n) => htmlBlock(n, publicUrl)).join('<hr>');
  const moreText = more > 0 ? `\n\n… and ${more} more in Redress.` : '';
  return {
    subject,
    text: `${text}${moreText}${end.text}`,
    html: page(subject, `${html}${more > 0 ? `<p>… and ${more} more in Redress.</p>` : ''}${end.html}`),
  };
}

function kindWord(kind: NoticeKind): string {
  return DIGEST_GROUP_TITLES[NOTICE_RULES[kind].digestGroup].toLowerCase();
}

/** The digest's groups in order, each with its notices (empty groups left out). */
export function digestGroups(notices: MailableNotice[]): { group: DigestGroup; title: string; notices: MailableNotice[] }[] {
  return DIGEST_GROUPS.map((group) => ({
    group,
    title: DIGEST_GROUP_TITLES[group],
    notices: notices.filter((n) => NOTICE_RULES[n.kind].digestGroup === group),
  })).filter((g) => g.notices.length > 0);
}

/**
 * A person's daily digest: what needs them, grouped (overdue, at risk, due soon, newly assigned,
 * waiting for verification, other changes), with a full link to each, in plain text and HTML.
 */
export function digestEmail(notices: MailableNotice[], publicUrl: string, today: LocalDate): ComposedEmail {
  const groups = digestGroups(notices);
  const counts = groups.map((g) => `${g.notices.length} ${g.title.toLowerCase()}`).join(', ');
  const subject = `Redress daily digest for ${today.toDisplayString()}: ${counts}`;
  let budget = EMAIL_NOTICE_LIMIT;
  const textParts: string[] = [];
  const htmlParts: string[] = [];
  for (const g of groups) {
    const shown = g.notices.slice(0, Math.max(0, budget));
    budget -= shown.length;
    const hidden = g.notices.length - shown.length;
    textParts.push(
      `${g.title.toUpperCase()} (${g.notices.length})\n\n${shown.map((n) => textBlock(n, publicUrl)).join('\n\n')}` +
        (hidden > 0 ? `\n\n… and ${hidden} more in Redress.` : ''),
    );
    htmlParts.push(
      `<h2>${escapeHtml(g.title)} (${g.notices.length})</h2>${shown.map((n) => htmlBlock(n, publicUrl)).join('')}` +
        (hidden > 0 ? `<p>… and ${hidden} more in Redress.</p>` : ''),
    );
  }
  const end = footer(publicUrl);
  return {
    subject,
    text: `${textParts.join('\n\n==========\n\n')}${end.text}`,
    html: page(subject, `<h1>${escapeHtml(subject)}</h1>${htmlParts.join('')}${end.html}`),
  };
}
