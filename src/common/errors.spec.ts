import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The HTTP layer that may know Nest's HTTP exceptions: guards, the input-validation layer and the
 * filters that answer them, and the API documentation's own routes. Everything else (services,
 * interceptors, controllers) refuses with a DomainError.
 */
const HTTP_LAYER = new Set([
  'auth/authentication.guard.ts',
  'auth/csrf.guard.ts',
  'auth/roles.guard.ts',
  'auth/sign-in-required.ts',
  'platform/input/hostile-input.ts',
  'platform/openapi.ts',
  'web/support/not-found-page.filter.ts',
  'web/support/web-error.filter.ts',
]);

const SRC = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The Nest HTTP exceptions a file imports (HttpException, NotFoundException, ...). */
function nestExceptions(text: string): string[] {
  const imports = [...text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@nestjs\/common'/g)];
  return imports.flatMap((m) =>
    m[1]
      .split(',')
      .map((n) => n.trim().split(/\s+as\s+/)[0])
      .filter((n) => /Exception$/.test(n)),
  );
}

describe('one error model', () => {
  it('finds the Nest exceptions a file imports', () => {
    expect(
      nestExceptions(
        "import {\n  Injectable,\n  HttpException,\n  PayloadTooLargeException as Big,\n} from '@nestjs/common';",
      ),
    ).toEqual(['HttpException', 'PayloadTooLargeException']);
    expect(nestExceptions("import { Injectable } from '@nestjs/common';")).toEqual([]);
  });

  it('only the HTTP layer uses Nest HTTP exceptions: services and the rest throw DomainError', () => {
    const offenders = sources(SRC)
      .map((f) => ({ file: relative(SRC, f), uses: nestExceptions(readFileSync(f, 'utf8')) }))
      .filter((f) => f.uses.length && !HTTP_LAYER.has(f.file));
    expect(offenders).toEqual([]);
  });
});
