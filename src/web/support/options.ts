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

export interface SelectGroup {
  /** null: options outside any group (a service with nothing below it). */
  label: string | null;
  options: SelectItem[];
}

/**
 * Service areas for a select with `<optgroup>`s: each top-level area with areas below it is a group
 * (itself first, then the areas below, a team named with its service), so every option's text starts
 * with the area's own name and typing it finds it. The first item is the empty choice.
 */
export function serviceAreaGroups(
  areas: ServiceAreaView[],
  selected: string | undefined,
  emptyText: string,
): { empty: SelectItem; groups: SelectGroup[] } {
  const shown = areas.filter((a) => a.active || a.id === selected);
  const byId = new Map(shown.map((a) => [a.id, a]));
  const topOf = (a: ServiceAreaView): ServiceAreaView => {
    let at = a;
    for (let i = 0; i < 20 && at.parentId && byId.has(at.parentId); i++) at = byId.get(at.parentId)!;
    return at;
  };
  const below = new Map<string, ServiceAreaView[]>();
  for (const a of shown) {
    const top = topOf(a);
    if (top.id !== a.id) below.set(top.id, [...(below.get(top.id) ?? []), a]);
  }
  const item = (a: ServiceAreaView, top: ServiceAreaView): SelectItem => {
    const parent = a.parentId ? byId.get(a.parentId) : undefined;
    const text = parent && parent.id !== top.id ? `${a.name} (${parent.name})` : a.name;
    return { value: a.id, text, selected: a.id === selected };
  };
  const groups: SelectGroup[] = [];
  let loose: SelectGroup | null = null;
  for (const top of shown.filter((a) => topOf(a).id === a.id)) {
    const children = below.get(top.id) ?? [];
    if (!children.length) {
      if (!loose) groups.push((loose = { label: null, options: [] }));
      loose.options.push(item(top, top));
      continue;
    }
    loose = null;
    groups.push({ label: top.name, options: [item(top, top), ...children.map((c) => item(c, top))] });
  }
  return { empty: { value: '', text: emptyText, selected: !selected }, groups };
}
