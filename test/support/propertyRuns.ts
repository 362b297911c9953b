/**
 * How large a property test runs. Under `npm run test:mutation` (jest.mutation.config.js sets
 * LEDGER_MUTATION_RUN) every mutant runs the property tests that cover it again, so they run
 * smaller there; `npm test` always runs them at full size.
 */
export const underMutation = process.env.LEDGER_MUTATION_RUN === '1';

/** `full` in the test suite, `mutation` in a mutation run. */
export const propertySize = (full: number, mutation: number): number => (underMutation ? mutation : full);
