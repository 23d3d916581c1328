/**
 * The dependency rules `pnpm lint` enforces (docs/ARCHITECTURE.md, "Dependencies").
 * Run alone: `pnpm lint:deps`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'Modules import one another in one direction. A cycle (type-only imports included) means two modules ' +
        'each need the other: move what both need down to the lower one, or to shared/ (server) or lib/ (web).',
      from: { path: '^(server|web)/' },
      to: { circular: true },
    },
    {
      name: 'server-module-through-index',
      severity: 'error',
      comment:
        'A server module is used by others only through its index.ts. Tables are the one exception: a ' +
        '<domain>.table.ts references another module’s <domain>.table.ts for its foreign keys, because db/schema.ts ' +
        '(and drizzle-kit) load the tables alone, without the services an index.ts pulls in. The event catalogue ' +
        '(event.catalogue.ts, the types of events.payload) is schema too: it names the rows events record.',
      from: { path: '^server/src/modules/([^/]+)/', pathNot: '\\.(table|catalogue)\\.ts$' },
      to: {
        path: '^server/src/modules/[^/]+/.+',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'entry-points-module-through-index',
      severity: 'error',
      comment:
        'The composition root (app/) and the command lines (cli/) use a module as other modules do, through its ' +
        'index.ts: a command line calls the services the web calls, never their internals.',
      from: { path: '^server/src/(app|cli)/' },
      to: { path: '^server/src/modules/[^/]+/.+', pathNot: '^server/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'server-table-references-tables-only',
      severity: 'error',
      comment: 'The exception above is for tables (and the event catalogue) importing tables, nothing else.',
      from: { path: '^server/src/modules/([^/]+)/[^/]+\\.(table|catalogue)\\.ts$' },
      to: {
        path: '^server/src/modules/[^/]+/.+',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/[^/]+\\.(table|enum)\\.ts$'],
      },
    },
    {
      name: 'catalogue-imports-types-only',
      severity: 'error',
      comment:
        'The event catalogue takes only types from other modules’ tables: at run time it depends on nothing ' +
        'above it, which is why its edges are left out of the module-cycle check.',
      from: { path: '^server/src/modules/([^/]+)/[^/]+\\.catalogue\\.ts$' },
      to: { path: '^server/src/modules/', pathNot: '^server/src/modules/$1/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-module-through-index',
      severity: 'error',
      comment: 'A web module is used by others only through its index.ts (pages are lazy-loaded by app/ directly).',
      from: { path: '^web/src/modules/([^/]+)/' },
      to: {
        path: '^web/src/modules/[^/]+/.+',
        pathNot: ['^web/src/modules/$1/', '^web/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'ui-not-modules',
      severity: 'error',
      comment: 'web/src/ui holds design primitives with no GraphQL; the modules build on it, never the reverse.',
      from: { path: '^web/src/ui/' },
      to: { path: '^web/src/modules/' },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      comment: 'The dashboard knows the server only through the schema (web/src/gql), tests included.',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'realtime-not-modules',
      severity: 'error',
      comment:
        'realtime/ is the event log as a stream, below the modules: modules/event and app/ build on it. What it ' +
        'needs of the log (the row type, the NOTIFY channel) lives in db/.',
      from: { path: '^server/src/realtime/' },
      to: { path: '^server/src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    cache: false,
  },
};
