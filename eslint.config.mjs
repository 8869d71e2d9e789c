// Lint configuration for `npm test` (ESLint runs before the type check).
// Next's own rules (React, hooks, a11y, @next/next) and typescript-eslint come from
// eslint-config-next; on top of them: a type-aware exhaustiveness check for switches,
// one import order, a line-width limit, and the layer rule that keeps the folders
// importing only downward (README, "Lint and layers").
import { createRequire } from 'node:module';
import path from 'node:path';
import stylistic from '@stylistic/eslint-plugin';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const root = import.meta.dirname;
const require = createRequire(import.meta.url);

// Layers, lowest first. A layer may import itself and anything below it, never above.
// lib/server and db are one layer: db is the schema and client lib/server queries through.
// app and components are the top; components sit under app because pages compose
// components, never the reverse.
const layers = [
  { name: 'lib/core', folders: ['lib/core'] },
  { name: 'lib/documents', folders: ['lib/documents'] },
  { name: 'templates', folders: ['templates'] },
  { name: 'lib/domain', folders: ['lib/domain'] },
  { name: 'lib/server and db', folders: ['lib/server', 'db'] },
  { name: 'components', folders: ['components'] },
  { name: 'app', folders: ['app'] },
];
const production = layers.flatMap((layer) => layer.folders);
const outside = ['tests', 'bench', 'scripts'];

const dir = (folder) => `./${folder}`;
const list = (folders) => folders.join(', ').replace(/, ([^,]*)$/, ' or $1');

const layerZones = layers.flatMap((layer, i) => {
  const from = layers.slice(i + 1).flatMap((upper) => upper.folders);
  if (from.length === 0) return [];
  return [{
    target: layer.folders.map(dir),
    from: from.map(dir),
    message: `Layer rule: ${layer.name} may import only itself and the layers below it, not ${list(from)}.`,
  }];
});

const zones = [
  ...layerZones,
  {
    target: ['./app', './components'],
    from: ['./db'],
    message: 'Layer rule: app and components may not import db; every database access goes through lib/server.',
  },
];
const productionZones = [
  ...zones,
  {
    target: production.map(dir),
    from: outside.map(dir),
    message: `Layer rule: production code may not import ${list(outside)}.`,
  },
];

// eslint-config-next keys its resolvers by absolute path (npm may nest them); the same key
// here replaces its typescript resolver settings instead of adding a second resolver.
const typescriptResolver = require.resolve('eslint-import-resolver-typescript', {
  paths: [path.dirname(require.resolve('eslint-config-next'))],
});

// The plugins and globals eslint-config-next registers only for its own extensions,
// which leave out .cjs (scripts/server.cjs and friends: plain Node CommonJS).
const next = nextCoreWebVitals.find((config) => config.name === 'next');

const config = [
  {
    ignores: ['.next/**', 'node_modules/**', 'db/migrations/**', '.data/**', 'public/**', 'next-env.d.ts'],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    settings: {
      // The `@/` alias (tsconfig "paths") must resolve, or the layer rule silently passes it.
      'import/resolver': {
        [typescriptResolver]: { alwaysTryTypes: true, project: path.join(root, 'tsconfig.json') },
      },
      'import/internal-regex': '^@/',
    },
  },
  {
    // React lives in app/ and components/ only; elsewhere the hooks rules take any use*()
    // call for a React hook (pdfkit's `doc.useFace` in lib/documents).
    ignores: ['app/**', 'components/**'],
    rules: Object.fromEntries(Object.keys(next.rules).filter((rule) => rule.startsWith('react-hooks/')).map((rule) => [rule, 'off'])),
  },
  {
    files: ['**/*.cjs'],
    plugins: { import: next.plugins.import },
    languageOptions: { sourceType: 'commonjs', globals: next.languageOptions.globals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      // A switch over a union either covers every member or has a default; adding a
      // member to a union then breaks the lint on every switch that forgot it.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', {
        considerDefaultExhaustiveForUnions: true,
        allowDefaultCaseForExhaustiveSwitch: true,
        requireDefaultForNonUnion: false,
      }],
    },
  },
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    plugins: { '@stylistic': stylistic },
    rules: {
      'import/no-restricted-paths': ['error', { basePath: root, zones: productionZones }],
      'import/order': ['error', {
        groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
        // The tree's style: one block of imports, no blank lines between groups.
        'newlines-between': 'never',
        alphabetize: { order: 'asc', caseInsensitive: true },
      }],
      'import/no-duplicates': 'error',
      // `_`-names mark what is left out on purpose (a destructured field dropped, an unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@stylistic/max-len': ['error', {
        code: 160,
        ignoreUrls: true,
        ignoreStrings: true,
        ignoreTemplateLiterals: true,
        ignoreRegExpLiterals: true,
      }],
    },
  },
  {
    // A unit test beside its code belongs to that code's layer but is no production code:
    // it may use tests/support.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
];

export default config;
