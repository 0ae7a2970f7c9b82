// Progressive enhancement for the review page: text selected in the document pane is copied into the
// "Add a recommendation" form with where it is in the document (its span), so the new recommendation
// is highlighted like the others. Without JavaScript the officer types the action instead.
const pane = document.querySelector('.app-source-text');
const form = document.querySelector('[data-add-recommendation]');

/** The offset in the document's text of a point in the pane, or null outside the text pieces. */
function offsetOf(node, offset) {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  const piece = element && element.closest('[data-start]');
  if (!piece || !pane.contains(piece)) {
    // a point on a mark's number label: the start of the text that follows it
    const mark = element && element.closest('mark');
    const next = mark && mark.querySelector('[data-start]');
    return next ? Number(next.dataset.start) : null;
  }
  return Number(piece.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

function takeSelection() {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.commonAncestorContainer)) return;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return;
  // the selected text without the marks' number labels
  const copy = range.cloneContents();
  copy.querySelectorAll('[data-no-text]').forEach((n) => n.remove());
  const text = copy.textContent.replace(/\s+/g, ' ').trim();
  if (!text) return;
  form.querySelector('[data-span-start]').value = String(start);
  form.querySelector('[data-span-end]').value = String(end);
  form.querySelector('textarea[name="text"]').value = text;
  form.querySelector('[data-span-note]').textContent =
    `Selected from the document (characters ${start} to ${end}). Check the wording, then add it.`;
}

if (pane && form) {
  pane.addEventListener('mouseup', takeSelection);
  pane.addEventListener('keyup', (e) => {
    if (e.shiftKey) takeSelection();
  });
  // typing a different action drops the span: it no longer says where the words are
  form.querySelector('textarea[name="text"]').addEventListener('input', () => {
    form.querySelector('[data-span-start]').value = '';
    form.querySelector('[data-span-end]').value = '';
    form.querySelector('[data-span-note]').textContent = '';
  });
}
