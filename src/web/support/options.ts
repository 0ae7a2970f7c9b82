import type { ServiceAreaView } from '../../service-areas/service-area-tree';

export interface SelectItem {
  value: string;
  text: string;
  selected?: boolean;
}

/** Service areas for a select, children indented under their parents, with an empty first choice. */
export function serviceAreaItems(
  areas: ServiceAreaView[],
  selected: string | undefined,
  emptyText: string,
): SelectItem[] {
  const depth = new Map<string, number>();
  for (const a of areas) depth.set(a.id, a.parentId ? (depth.get(a.parentId) ?? 0) + 1 : 0);
  return [
    { value: '', text: emptyText, selected: !selected },
    ...areas
      .filter((a) => a.active || a.id === selected)
      .map((a) => ({
        value: a.id,
        text: `${'\u2014 '.repeat(depth.get(a.id) ?? 0)}${a.name}`,
        selected: a.id === selected,
      })),
  ];
}

export function choiceItems(
  choices: { value: string; text: string }[],
  selected: string | undefined,
): (SelectItem & { checked?: boolean })[] {
  return choices.map((c) => ({
    ...c,
    selected: c.value === (selected ?? ''),
    checked: c.value === (selected ?? ''),
  }));
}

/** govukPagination's params for page `page` of `pageCount`, keeping the other query parameters. */
export function paginationFor(
  path: string,
  query: Record<string, string | undefined>,
  page: number,
  pageCount: number,
): Record<string, unknown> | null {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v && k !== 'page') q.set(k, v);
    q.set('page', String(p));
    return `${path}?${q.toString()}`;
  };
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const items: Record<string, unknown>[] = [];
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - last > 1) items.push({ ellipsis: true });
    items.push({ number: p, href: href(p), current: p === page });
    last = p;
  }
  return {
    items,
    ...(page > 1 ? { previous: { href: href(page - 1) } } : {}),
    ...(page < pageCount ? { next: { href: href(page + 1) } } : {}),
  };
}
