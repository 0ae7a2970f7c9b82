import { JaroWinklerDistance } from 'natural/lib/natural/distance';

export interface NamedArea {
  id: string;
  name: string;
  /** "Children and Families > Children's Social Care", to tell apart areas with the same name. */
  path: string;
}

export type AreaMatch = { ok: true; area: NamedArea } | { ok: false; message: string };

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Finds a service area by name: the exact name, else an unambiguous case-insensitive match (ignoring
 * apostrophes and punctuation), else an unambiguous part of a name. The error lists close names.
 */
export function matchServiceArea(given: string, areas: NamedArea[]): AreaMatch {
  const wanted = given.trim();
  if (!wanted)
    return { ok: false, message: 'The --service value is empty: give the name of a service area.' };
  const tiers: ((a: NamedArea) => boolean)[] = [
    (a) => a.name === wanted || a.path === wanted,
    (a) => fold(a.name) === fold(wanted) || fold(a.path) === fold(wanted),
    (a) => fold(a.name).includes(fold(wanted)) && fold(wanted).length >= 3,
  ];
  for (const test of tiers) {
    const found = areas.filter(test);
    if (found.length === 1) return { ok: true, area: found[0] };
    if (found.length > 1) {
      return {
        ok: false,
        message: `"${wanted}" matches more than one service area: ${found
          .map((a) => `"${a.path}"`)
          .join(', ')}. Give the full name.`,
      };
    }
  }
  const close = areas
    .map((a) => ({ a, score: JaroWinklerDistance(fold(wanted), fold(a.name), {}) }))
    .filter((x) => x.score >= 0.7)
    .sort((x, y) => y.score - x.score)
    .slice(0, 5)
    .map((x) => `"${x.a.name}"`);
  if (!areas.length)
    return {
      ok: false,
      message: `There is no service area "${wanted}": no service areas exist yet (run npm run seed).`,
    };
  return {
    ok: false,
    message: `There is no service area "${wanted}".${close.length ? ` Did you mean ${close.join(', ')}?` : ''} Run "npm run --silent users -- services" to list them.`,
  };
}
