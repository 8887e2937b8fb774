import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
];
const builtinPatterns = [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`), 'node:*'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'docs/**/*.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Imports flow one way: src-renderer -> shared <- src-main. shared/ is pure (STYLE.md rule 1).
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'react', 'react-dom', 'fastify'].map((name) => ({
            name,
            message: 'shared/ is pure: no platform, storage or UI imports.',
          })),
          patterns: [
            { group: builtinPatterns, message: 'shared/ is pure: no Node built-ins.' },
            {
              group: ['**/src-main/**', '**/src-renderer/**'],
              message: 'shared/ imports nothing from the apps.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'fastify'].map((name) => ({
            name,
            message:
              'The renderer is a plain web app: it reaches data only through the api client.',
          })),
          patterns: [
            { group: builtinPatterns, message: 'The renderer runs without Node.' },
            {
              group: ['**/src-main/**'],
              message: 'The renderer talks to main only through the api client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-renderer/**'], message: 'main never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
