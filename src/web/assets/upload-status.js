// Progressive enhancement for the upload page: polls the JSON status endpoint and updates each
// document's status tag in place. Without JavaScript the page still works (reload to refresh).
const table = document.querySelector('[data-upload-status]');

const FINAL = new Set(['processed', 'failed']);
const LABELS = {
  queued: 'Queued',
  processing: 'Processing',
  processed: 'Ready for review',
  failed: 'Failed',
};
const COLOURS = { queued: 'grey', processing: 'blue', processed: 'yellow', failed: 'red' };
const refreshLink = document.querySelector('[data-refresh-link]');

function rows() {
  return Array.from(table.querySelectorAll('[data-document-id]'));
}

function update(row, doc, announce) {
  const tag = row.querySelector('[data-status-tag]');
  if (!tag || tag.dataset.status === doc.status) return;
  tag.dataset.status = doc.status;
  tag.textContent = LABELS[doc.status] || doc.status;
  tag.className = `govuk-tag govuk-tag--${COLOURS[doc.status] || 'grey'}`;
  const action = row.querySelector('[data-status-action]');
  if (action && doc.status === 'processed') {
    const link = document.createElement('a');
    link.className = 'govuk-link';
    link.href = `/documents/${encodeURIComponent(doc.id)}/review`;
    link.textContent = 'Review';
    const hidden = document.createElement('span');
    hidden.className = 'govuk-visually-hidden';
    hidden.textContent = ` ${row.dataset.fileName || ''}`;
    link.appendChild(hidden);
    action.replaceChildren(link);
  }
  if (action && doc.status === 'failed' && doc.error) action.textContent = doc.error;
  announce.push(`${row.dataset.fileName || 'Document'}: ${tag.textContent}`);
}

async function poll(live) {
  const pending = rows().filter((r) => !FINAL.has(r.querySelector('[data-status-tag]').dataset.status));
  if (!pending.length) return;
  const ids = pending.map((r) => r.dataset.documentId).join(',');
  try {
    const res = await fetch(`${table.dataset.statusUrl}?ids=${encodeURIComponent(ids)}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (res.redirected || res.status === 401 || res.status === 403) {
      // Signed out (sent to the sign-in page) or no longer allowed: stop polling and offer the
      // plain refresh link again, which signs the officer back in and returns here.
      if (refreshLink) refreshLink.hidden = false;
      return;
    }
    if (res.ok) {
      const body = await res.json();
      const announce = [];
      for (const doc of body.documents) {
        const row = pending.find((r) => r.dataset.documentId === doc.id);
        if (row) update(row, doc, announce);
      }
      if (announce.length) live.textContent = announce.join('. ');
    }
  } catch {
    // A failed poll is retried on the next tick.
  }
  setTimeout(() => poll(live), 1500);
}

if (table) {
  const live = document.createElement('div');
  live.className = 'govuk-visually-hidden';
  live.setAttribute('aria-live', 'polite');
  table.after(live);
  if (refreshLink) refreshLink.hidden = true;
  setTimeout(() => poll(live), 1000);
}
