/** Expands service-area ids to include every area below them (service > teams), from the tree. */
export function expandWithDescendants(
  ids: string[],
  tree: { id: string; parentId: string | null }[],
): string[] {
  const children = new Map<string, string[]>();
  for (const n of tree) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n.id);
    children.set(n.parentId, list);
  }
  const seen = new Set<string>();
  const queue = [...ids];
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return [...seen];
}
