import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Nest's HTTP exceptions (@nestjs/common), kept to the HTTP layer by the rule below. */
const NEST_HTTP_EXCEPTIONS = [
  'HttpException',
  'BadRequestException',
  'UnauthorizedException',
  'ForbiddenException',
  'NotFoundException',
  'MethodNotAllowedException',
  'NotAcceptableException',
  'RequestTimeoutException',
  'ConflictException',
  'GoneException',
  'PreconditionFailedException',
  'PayloadTooLargeException',
  'UnsupportedMediaTypeException',
  'ImATeapotException',
  'MisdirectedException',
  'UnprocessableEntityException',
  'InternalServerErrorException',
  'NotImplementedException',
  'BadGatewayException',
  'ServiceUnavailableException',
  'GatewayTimeoutException',
  'HttpVersionNotSupportedException',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'uploads/**',
      'test-artifacts/**',
      '*.js',
      '*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through AppConfig (src/config).' },
      ],
    },
  },
  {
    // One error model: only the HTTP layer (guards, the input-validation layer, the filters that answer
    // refusals, the API documentation's routes) may use Nest's HTTP exceptions; services, interceptors
    // and controllers refuse with a DomainError (src/common/errors.ts).
    files: ['src/**/*.ts'],
    ignores: [
      'src/**/*.spec.ts',
      'src/extraction/**',
      'src/auth/authentication.guard.ts',
      'src/auth/csrf.guard.ts',
      'src/auth/roles.guard.ts',
      'src/auth/sign-in-required.ts',
      'src/platform/input/hostile-input.ts',
      'src/platform/openapi.ts',
      'src/web/support/not-found-page.filter.ts',
      'src/web/support/web-error.filter.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: NEST_HTTP_EXCEPTIONS,
              message:
                'Throw a DomainError (src/common/errors.ts): only the HTTP layer uses Nest HTTP exceptions.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'module' },
  },
  {
    files: ['src/config/**', 'test/**', 'scripts/**', 'prisma-free-config/**', 'src/**/*.spec.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/extraction/**'],
    ignores: ['src/extraction/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@mikro-orm/*', 'bull', 'ioredis'],
              message: 'src/extraction is pure TypeScript.',
            },
            {
              group: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'],
              message: 'src/extraction gets bytes, it does not read files.',
            },
          ],
        },
      ],
    },
  },
);
