import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Compiles one TypeScript entry point (and what it imports, plus the migrations MikroORM finds by
 * glob) to JavaScript in a private cache under node_modules, as `npm run build` does for the service,
 * so a benchmark measures the process people run rather than one carrying the TypeScript compiler.
 * Incremental; the templates and other files that are not TypeScript are copied beside. Returns the
 * path of the compiled entry.
 */
export function compileEntry(root: string, entry: string, cacheName: string): string {
  const dir = join(root, 'node_modules', '.cache', cacheName);
  mkdirSync(dir, { recursive: true });
  const up = relative(dir, root);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(up, 'tsconfig.json'),
      compilerOptions: {
        rootDir: up,
        outDir: './out',
        sourceMap: false,
        incremental: true,
        tsBuildInfoFile: './out/build.tsbuildinfo',
      },
      files: [join(up, entry)],
      include: [join(up, 'src/**/*.d.ts'), join(up, 'src/migrations/**/*.ts')],
    }),
  );
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], {
    cwd: root,
    stdio: 'inherit',
  });
  cpSync(join(root, 'src'), join(dir, 'out', 'src'), {
    recursive: true,
    filter: (source) => !source.endsWith('.ts'),
  });
  return join(dir, 'out', entry.replace(/\.ts$/, '.js'));
}
