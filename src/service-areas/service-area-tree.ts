import type { ServiceAreaKind } from './entities/service-area.entity';

/** A service area as the API and the pages show it. */
export interface ServiceAreaView {
  id: string;
  name: string;
  kind: ServiceAreaKind;
  parentId: string | null;
  active: boolean;
}

/** The directorate > service > team tree in memory, for scoping and grouping without more queries. */
export class ServiceAreaTree {
  private readonly byId = new Map<string, ServiceAreaView>();
  private readonly children = new Map<string, string[]>();

  constructor(readonly areas: ServiceAreaView[]) {
    for (const a of areas) this.byId.set(a.id, a);
    for (const a of areas) {
      if (!a.parentId) continue;
      const list = this.children.get(a.parentId) ?? [];
      list.push(a.id);
      this.children.set(a.parentId, list);
    }
  }

  get(id: string): ServiceAreaView | undefined {
    return this.byId.get(id);
  }

  /** The area itself and every area below it. */
  withDescendants(id: string): string[] {
    const out: string[] = [];
    const queue = [id];
    const seen = new Set<string>();
    while (queue.length) {
      const next = queue.shift() as string;
      if (seen.has(next) || !this.byId.has(next)) continue;
      seen.add(next);
      out.push(next);
      queue.push(...(this.children.get(next) ?? []));
    }
    return out;
  }

  /** The area and its ancestors, nearest first. */
  ancestry(id: string): ServiceAreaView[] {
    const out: ServiceAreaView[] = [];
    let current = this.byId.get(id);
    const seen = new Set<string>();
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      out.push(current);
      current = current.parentId ? this.byId.get(current.parentId) : undefined;
    }
    return out;
  }

  /** The directorate an area belongs to (the top of its branch). */
  directorateOf(id: string): ServiceAreaView | undefined {
    const chain = this.ancestry(id);
    return chain[chain.length - 1];
  }

  /** "Adult Social Care > Safeguarding Adults": the names from the top down. */
  pathName(id: string): string {
    return this.ancestry(id)
      .reverse()
      .map((a) => a.name)
      .join(' > ');
  }
}

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
