/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Starts EventStoreDB in a container when an engine answers, or explains why its suite skips.
  globalSetup: '<rootDir>/test/support/eventStoreDbSetup.ts',
  globalTeardown: '<rootDir>/test/support/eventStoreDbTeardown.ts',
  testTimeout: 30000,
};
