/**
 * The module map, written down once: which top-level folder of src/ may import which. Each folder
 * imports only its own files, the folders listed for it, and packages; anything else fails
 * `npm run check`. Drawn in README.md (Architecture). Rules for the arrows:
 * web on top -> features -> auth -> users, audit -> platform -> common, extraction, calendar, status, config;
 * the extraction pool (threads that run the extraction, for cli and documents) sits on extraction.
 */
const BOTTOM = ['common', 'calendar', 'status', 'config'];
const PLATFORM = ['platform', 'storage', ...BOTTOM];
const BELOW_USERS = ['audit', 'service-areas', ...PLATFORM];
const BELOW_AUTH = ['users', ...BELOW_USERS];
const BELOW_FEATURES = ['auth', 'extraction-pool', 'extraction', ...BELOW_AUTH];

/** Folder -> the folders it may import (its own files always). */
const MAY_USE = {
  // entry points: the command line tools may use anything below them
  cli: [
    'web',
    'actions',
    'documents',
    'compliance',
    'reports',
    'cases',
    'seeding',
    ...BELOW_FEATURES,
    'migrations',
  ],
  web: ['actions', 'documents', 'compliance', 'reports', 'cases', 'seeding', ...BELOW_FEATURES],
  // features, in one order: reports and compliance read actions; actions are made from documents;
  // cases group documents (documents own both entities: a document refers to its case)
  reports: ['actions', 'documents', 'cases', ...BELOW_FEATURES],
  compliance: ['actions', 'documents', 'cases', ...BELOW_FEATURES],
  actions: ['documents', 'cases', ...BELOW_FEATURES],
  cases: ['documents', ...BELOW_FEATURES],
  documents: [...BELOW_FEATURES],
  seeding: [...BELOW_FEATURES],
  auth: [...BELOW_AUTH],
  users: [...BELOW_USERS],
  // a user belongs to service areas (the User entity refers to ServiceArea), so the organisation's
  // tree sits below users
  'service-areas': ['audit', ...PLATFORM],
  audit: [...PLATFORM],
  platform: ['storage', ...BOTTOM],
  storage: ['config', 'common'],
  migrations: ['common'],
  // the worker threads that run the extraction off the main thread: the one pool of the extract
  // command and the ingest processor (it reads stored files, which extraction itself never does)
  'extraction-pool': ['extraction', 'common', 'calendar'],
  extraction: ['common', 'calendar'],
  common: ['calendar'],
  calendar: [],
  status: ['common'],
  config: [],
};

const folders = Object.keys(MAY_USE);

// The map itself has one direction: following its arrows never comes back to where it started.
(function assertNoCycle() {
  const state = {};
  const visit = (folder, path) => {
    if (state[folder] === 'done') return;
    if (state[folder] === 'visiting')
      throw new Error(`module map has a cycle: ${[...path, folder].join(' -> ')}`);
    state[folder] = 'visiting';
    for (const next of MAY_USE[folder] ?? []) visit(next, [...path, folder]);
    state[folder] = 'done';
  };
  for (const folder of folders) visit(folder, []);
})();
const alternatives = (names) => names.map((n) => n.replace(/[-/]/g, '\\$&')).join('|');

module.exports = {
  allowedSeverity: 'error',
  allowed: [
    // packages, Node's own modules, JSON and files outside src/
    { from: {}, to: { pathNot: '^src/' } },
    // configuration outside src/ (the MikroORM CLI's config) reads the composition root
    { from: { pathNot: '^src/' }, to: {} },
    // a unit spec may build the entities of the code it tests (status tables, due dates)
    { from: { path: '\\.spec\\.ts$' }, to: {} },
    // the composition root (main.ts, worker.ts, app.module.ts, entities.ts, http-app.ts) wires everything
    { from: { path: '^src/[^/]+$' }, to: {} },
    ...folders.map((folder) => ({
      from: { path: `^src/${folder}/` },
      to: { path: `^src/(${alternatives([folder, ...MAY_USE[folder]])})/` },
    })),
  ],
  forbidden: [
    {
      name: 'no-unknown-folder',
      comment: 'A new top-level folder of src/ must be placed on the map in .dependency-cruiser.js first.',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: `^src/(${alternatives(folders)})/` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
