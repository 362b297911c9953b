import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'data/',
      'dashboard/dist/',
      'dashboard/src/generated/',
      'scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The explorer's script runs in the browser as it is written (no build step).
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', URL: 'readonly' },
    },
  },
  {
    // The package's bin is plain CommonJS that loads the compiled tool.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Drivers stay behind the event-store port: only infrastructure (and its tests) may import them.
    files: ['src/domain/**', 'src/projections/**', 'src/graphql/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['better-sqlite3', '@eventstore/db-client'] }],
    },
  },
);
