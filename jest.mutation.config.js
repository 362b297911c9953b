/**
 * The tests StrykerJS runs against each mutant (`npm run test:mutation`): the domain's and the
 * authorisation's unit tests, transpiled without type checks (Stryker's TypeScript checker does that).
 * Property tests run smaller here (test/support/propertyRuns.ts): every mutant runs them again.
 * @type {import('jest').Config}
 */
process.env.LEDGER_MUTATION_RUN = '1';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/domain/**/*.unit.test.ts', '<rootDir>/test/graphql/auth/**/*.unit.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
};
