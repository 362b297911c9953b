import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.stryker-tmp/',
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
    // Type-aware rules: a promise is awaited or explicitly let go, never handed where a callback's
    // result is ignored, and every switch over a union handles each member.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // Sizes (STYLE.md): functions of at most 60 lines and files of at most 300, in the server and
    // the dashboard alike, with no exception left. Never raise them.
    files: ['src/**/*.ts', 'dashboard/src/**/*.ts', 'dashboard/src/**/*.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
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
    // The stand-alone proof verifier is plain CommonJS with no dependency, for auditors to run as is.
    files: ['verifier/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Drivers stay behind the ports: only infrastructure (and its tests) may import them.
    files: ['src/**'],
    ignores: ['src/infrastructure/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['better-sqlite3', '@eventstore/db-client'] }],
    },
  },
  {
    // The published schema follows GraphQL's conventions: graphql-eslint's schema rules with the
    // Relay ones on, and a description required everywhere (as graphql-schema-linter's defaults
    // ask). Capitalised descriptions are checked by test/graphql/schema.test.ts.
    files: ['schema.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
        },
      ],
      // Lists page forwards (first/after), which the Relay connection spec allows on its own.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Edges are checked; the two optional extras are not ours: there is no global Node interface
      // (items are found by programme and id), and plain lists (themes, ids, versions) are not pages.
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
      // Ids are named after their item (smallChangeId), as in the events and the inputs, so a
      // client carries them across unchanged: no field is called "id" and none is prefix-free.
      '@graphql-eslint/strict-id-in-types': 'off',
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
);
