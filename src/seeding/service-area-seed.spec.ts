import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseServiceAreaSeed, SeedFileError } from './service-area-seed';

describe('parseServiceAreaSeed', () => {
  it('reads the committed seed: directorates with services and teams', () => {
    const file = join(__dirname, '..', '..', 'seeds', 'service-areas.json');
    const nodes = parseServiceAreaSeed(readFileSync(file, 'utf8'), file);
    expect(nodes.map((n) => n.name)).toContain('Children and Families');
    const children = nodes.find((n) => n.name === 'Children and Families')!;
    const csc = children.children!.find((c) => c.name === "Children's Social Care")!;
    expect(csc.kind).toBe('service');
    expect(csc.children!.map((t) => t.name)).toContain('Children with Disabilities Team');
  });

  it('fails loudly on invalid JSON, naming the file', () => {
    expect(() => parseServiceAreaSeed('{"serviceAreas": [', 'x.json')).toThrow(SeedFileError);
    expect(() => parseServiceAreaSeed('{"serviceAreas": [', 'x.json')).toThrow(/x\.json is not valid JSON/);
  });

  it('fails loudly on a wrong shape, naming the path', () => {
    const bad = JSON.stringify({
      serviceAreas: [{ name: 'A', kind: 'directorate', children: [{ name: '', kind: 'team' }] }],
    });
    expect(() => parseServiceAreaSeed(bad, 'y.json')).toThrow(
      /serviceAreas\.0\.children\.0\.name: a service area needs a name/,
    );
    const kind = JSON.stringify({ serviceAreas: [{ name: 'A', kind: 'department' }] });
    expect(() => parseServiceAreaSeed(kind, 'y.json')).toThrow(/serviceAreas\.0\.kind/);
  });
});
