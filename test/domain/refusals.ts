/**
 * Refusals of plain domain functions (the deciders have given/when/thenThrows in givenWhenThen).
 */
import type { DomainError } from '../../src/domain/shared/errors';

/** What a call is refused with: its error's name, rule and whole sentence; fails if it is not refused. */
export const refusalOf = (act: () => unknown): { name: string; rule: string; message: string } => {
  try {
    act();
  } catch (error) {
    const { name, rule, message } = error as DomainError;
    return { name, rule, message };
  }
  throw new Error('expected a refusal');
};

/** Runs the check and asserts the error's class, rule and whole sentence. */
export const expectRefusal = (
  run: () => unknown,
  error: typeof DomainError,
  rule: string,
  message: string,
): void => {
  let caught: unknown;
  try {
    run();
  } catch (thrown) {
    caught = thrown;
  }
  expect(caught).toBeInstanceOf(error);
  expect(caught).toMatchObject({ rule, message });
};
