/**
 * The tests StrykerJS runs against each mutant (`npm run test:mutation`): the domain's and the
 * authorisation's unit tests, transpiled without type checks (Stryker's TypeScript checker does that).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/domain/**/*.unit.test.ts', '<rootDir>/test/graphql/auth/**/*.unit.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
};
