// One lint configuration for the whole workspace; `turbo run lint` runs `eslint .` in each package, and
// `lint:scripts` (a root task) the repository's own scripts/.
// The walls between packages are rules here, each with the reason in its message (docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

const OTHER_APPS = {
  regex:
    '^@jining/(gateway|admin-web|graphiql|subgraph-(?!kit(/|$))[a-z-]+)(/|$)|^(\\.\\./)+(apps/)?(gateway|admin-web|graphiql|subgraph-[a-z-]+)/',
  message:
    'Apps do not import each other: subgraphs meet only through entities and SDL at the gateway, the admin web and the GraphQL IDE only through GraphQL. Shared code belongs in packages/.',
};

const SUBGRAPH_RUNTIME = {
  regex: '^(@jining/(subgraph-kit|db|demo-data)|@pothos/|@prisma/|prisma$|@electric-sql/|pglite-prisma-adapter)',
  message:
    'The gateway carries no subgraph runtime (Pothos, Prisma, PGlite, the kit): it speaks to subgraphs through @jining/protocol and @jining/graphql-server only.',
};

/** Each block lists every restriction for its files: a later block for the same files replaces an earlier one. */
const walls = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/src/generated/**',
      '**/src/gql/**',
      '**/.data/**',
      '**/test/fixture/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names prefixed with _ are deliberate (destructuring a field away, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  // Everywhere: no app reaches into another app.
  { files: ['**/*.{ts,tsx,js,mjs}'], rules: walls(OTHER_APPS) },
  // The policy as code is pure: the same fact gives the same decision anywhere, so it can be tested exhaustively.
  {
    files: ['packages/rules/src/**/*.ts'],
    rules: walls(
      OTHER_APPS,
      {
        regex: '^@jining/(?!reference-data$)',
        message:
          'The rules package imports nothing of the workspace but the pure reference data: it is the policy, not the platform.',
      },
      {
        regex: `^(node:)?(${NODE_BUILTINS.join('|')})(/|$)`,
        message:
          'The rules package does no I/O (files, network, processes): callers hand it facts and read its decisions. A CLI belongs in bin/.',
      },
    ),
  },
  {
    files: ['packages/rules/src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'fetch', 'require', 'Buffer'].map((name) => ({
          name,
          message: 'The rules package does no I/O and reads no environment: callers hand it facts and parameters.',
        })),
      ],
    },
  },
  // A subgraph's tests may start another subgraph from its definition (`@jining/subgraph-x/subgraph`) when its writes
  // check references there (awards asks competitions for a nominee's result): a real process on a real database
  // instead of a stub. Nothing else of another app, and never from src/.
  {
    files: ['apps/subgraph-*/test/**/*.ts'],
    rules: walls({
      ...OTHER_APPS,
      regex:
        '^@jining/(gateway|admin-web|graphiql)(/|$)|^@jining/subgraph-(?!kit(/|$))[a-z-]+(?!/subgraph$)(/|$)|^(\\.\\./)+(apps/)?(gateway|admin-web|graphiql|subgraph-[a-z-]+)/',
    }),
  },
  // The gateway: protocol and GraphQL serving, no subgraph runtime (its tests may start real subgraphs).
  { files: ['apps/gateway/src/**/*.ts'], rules: walls(OTHER_APPS, SUBGRAPH_RUNTIME) },
  // Subgraphs: shared code through the kit and the domain-free packages; production code carries no demo data.
  {
    files: ['apps/subgraph-*/src/**/*.ts'],
    rules: walls(
      OTHER_APPS,
      {
        regex: '^@jining/(protocol|graphql-server)(/|$)',
        message:
          'Subgraphs reach shared code through @jining/subgraph-kit (it re-exports the protocol and the GraphQL server), so every subgraph has one entry to the platform.',
      },
      {
        regex: '^@jining/demo-data(/|$)|^\\.\\./(\\.\\./)?dev/',
        message:
          'src/ is production code and carries no demo data: the demo seed lives in dev/ and is handed in by dev/server.ts or a test.',
      },
    ),
  },
  // The admin web runs in a browser: no Node modules, no server code; it knows the platform only through GraphQL.
  {
    files: ['apps/admin-web/src/**/*.{ts,tsx}'],
    ignores: ['apps/admin-web/src/**/*.test.{ts,tsx}', 'apps/admin-web/src/test/**'],
    rules: walls(
      OTHER_APPS,
      {
        regex: `^(node:)?(${NODE_BUILTINS.join('|')})(/|$)`,
        message: 'Admin web pages run in the browser: Node modules are not there.',
      },
      {
        regex:
          '^(@jining/(subgraph-kit|db|demo-data|protocol|graphql-server)|@apollo/(server|gateway|subgraph)|@pothos/|@prisma/)(/|$)',
        message:
          'The admin web imports no server code: it reads the platform through the gateway’s GraphQL API (and the pure @jining/rules for words).',
      },
    ),
  },
  // The GraphQL IDE (development only) runs in a browser too, and knows the platform only through /auth and /graphql.
  {
    files: ['apps/graphiql/src/**/*.{ts,tsx}'],
    rules: walls(
      OTHER_APPS,
      {
        regex: `^(node:)?(${NODE_BUILTINS.join('|')})(/|$)`,
        message: 'The GraphQL IDE runs in the browser: Node modules are not there.',
      },
      {
        regex: '^(@jining/|@apollo/(server|gateway|subgraph)|@pothos/|@prisma/)',
        message:
          'The GraphQL IDE imports no platform code: it reads the platform through the gateway’s /auth and /graphql.',
      },
    ),
  },
  // The repository's scripts run in Node (plain .mjs among them, where no-undef applies). They start, build and
  // measure the apps, so they are outside the walls between apps: a benchmark compares an app's query with the same
  // SQL written by hand.
  {
    files: ['scripts/**/*.{ts,mjs}', '*.{js,mjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'fetch',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
        ].map((name) => [name, 'readonly']),
      ),
    },
    rules: { 'no-restricted-imports': 'off' },
  },
);
