/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // 151002 is ts-jest's advice to use isolatedModules with Node16 modules; it type-checks either way.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  // Starts EventStoreDB in a container when an engine answers, or explains why its suite skips.
  globalSetup: '<rootDir>/test/support/eventStoreDbSetup.ts',
  globalTeardown: '<rootDir>/test/support/eventStoreDbTeardown.ts',
  testTimeout: 30000,
};
