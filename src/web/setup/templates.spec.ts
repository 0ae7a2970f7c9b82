import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createViewEnvironment, precompileTemplates } from './view-environment';
import { webPaths } from './web-paths';

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.njk') ? [join(dir, e.name)] : [],
  );
}

describe('templates', () => {
  const paths = webPaths();
  const env = createViewEnvironment(paths, null);
  const all = templates(paths.views).map((f) => relative(paths.views, f));

  it('finds the views', () => {
    expect(all).toEqual(expect.arrayContaining(['layouts/page.njk', 'pages/documents/review.njk']));
  });

  it.each(all)('%s compiles', (name) => {
    expect(() => env.getTemplate(name, true)).not.toThrow();
  });

  it("precompiles ours and GOV.UK Frontend's templates into the cache (production start-up)", () => {
    const fresh = createViewEnvironment(paths, null);
    const count = precompileTemplates(fresh, paths);
    expect(count).toBeGreaterThan(all.length + 50);
    const cached = (fresh as unknown as { loaders: { cache: Record<string, unknown> }[] }).loaders.flatMap(
      (l) => Object.keys(l.cache),
    );
    expect(cached).toEqual(
      expect.arrayContaining([
        'pages/documents/review.njk',
        'govuk/template.njk',
        'govuk/components/button/template.njk',
      ]),
    );
  });

  it('escapes what it is given: autoescape is on', () => {
    const html = env.renderString('<p>{{ v }}</p>', { v: '<script>alert(1)</script>' });
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});
