import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { ServiceArea, ServiceAreaKind } from '../service-areas/entities/service-area.entity';

export interface SeedNode {
  name: string;
  kind: ServiceAreaKind;
  children?: SeedNode[];
}

const node: z.ZodType<SeedNode> = z.lazy(() =>
  z
    .object({
      name: z.string().trim().min(1, 'a service area needs a name').max(200),
      kind: z.enum(['directorate', 'service', 'team']),
      children: z.array(node).optional(),
    })
    .strict(),
);

export const serviceAreaSeedSchema = z
  .object({ $comment: z.string().optional(), serviceAreas: z.array(node).min(1) })
  .strict();

export class SeedFileError extends Error {}

/** Parses a service-area seed file; a broken file fails loudly, naming the place that is wrong. */
export function parseServiceAreaSeed(json: string, fileName: string): SeedNode[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new SeedFileError(`${fileName} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = serviceAreaSeedSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new SeedFileError(`${fileName} is not a valid service-area seed: ${issues.join('; ')}`);
  }
  return parsed.data.serviceAreas;
}

/** Creates the service areas that do not exist yet (matched by name under the same parent). */
export async function seedServiceAreas(
  em: EntityManager,
  nodes: SeedNode[],
): Promise<{ created: number; existing: number }> {
  const counts = { created: 0, existing: 0 };
  const all = await em.find(ServiceArea, {}, { populate: ['parent'] });
  const key = (name: string, parentId: string | null) => `${parentId ?? ''}/${name.toLowerCase()}`;
  const index = new Map(all.map((a) => [key(a.name, a.parent?.id ?? null), a]));
  const visit = (list: SeedNode[], parent: ServiceArea | null) => {
    for (const n of list) {
      let area = index.get(key(n.name, parent?.id ?? null));
      if (area) {
        counts.existing += 1;
      } else {
        area = em.create(ServiceArea, { name: n.name, kind: n.kind, parent });
        index.set(key(n.name, parent?.id ?? null), area);
        counts.created += 1;
      }
      visit(n.children ?? [], area);
    }
  };
  visit(nodes, null);
  await em.flush();
  return counts;
}
