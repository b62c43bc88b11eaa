// Lint rules for every package, and the layer boundaries of ARCHITECTURE.md as import rules:
// core imports nothing outside itself; the diagrams' main entry and the compiler's emitters never
// see Langium; no package reaches into another's src/ or test/ by a relative path.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PACKAGES = '(core|language|diagrams|compiler|cli|fixtures|vscode)';

/** Relative paths that climb out of a package into another's sources or tests. */
const INTO_ANOTHER_PACKAGE = {
  regex: `^(\\.\\./)+${PACKAGES}/(src|test)(/|$)`,
  message: 'import the other package by its name (@gea-arch/…), never by a relative path into its src/ or test/',
};
const DEEP_PACKAGE_IMPORT = {
  regex: '^@gea-arch/[^/]+/(src|test|dist)(/|$)',
  message: 'import a package by its name or a subpath it exports, not by its folders',
};
const LANGIUM = {
  regex: '^(langium|chevrotain)(/|$)',
  message: 'only packages/language knows Langium: emitters and renderers read the core model',
};
const LANGUAGE_PACKAGE = {
  regex: '^@gea-arch/language$',
  message: 'emitters and renderers read the core model (@gea-arch/core), never the Langium AST',
};
const NODE = {
  regex: '^node:|^(fs|path|url|os|child_process|worker_threads)$',
  message: 'no Node.js here: this code also runs in the editor preview and in a browser',
};

const restrict = (...patterns) => ['error', { patterns: [...patterns, INTO_ANOTHER_PACKAGE, DEEP_PACKAGE_IMPORT] }];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/out/**', 'packages/language/src/generated/**', 'coverage/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-duplicate-imports': 'off',
      'no-restricted-imports': restrict(),
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^[^.]',
        message: '@gea-arch/core is pure: it imports only its own modules (no Langium, no node:, no package)',
      }),
    },
  },
  {
    files: ['packages/diagrams/src/**/*.ts'],
    ignores: ['packages/diagrams/src/node/**'],
    rules: { 'no-restricted-imports': restrict(LANGIUM, LANGUAGE_PACKAGE, NODE) },
  },
  {
    files: ['packages/diagrams/src/node/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(LANGIUM, LANGUAGE_PACKAGE) },
  },
  {
    // The emitters: reports, build, docs, and the specs, site and ArchiMate to come.
    files: ['packages/compiler/src/{report,build,docs,spec,site,archimate}/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(LANGIUM, LANGUAGE_PACKAGE) },
  },
  {
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
