/** Resolves once `condition` holds (polled); fails the test with `what` after `timeoutMs`. */
export const waitFor = async (
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/**
 * Resolves once the clock reads later than `instant` (now, by default): two records on either
 * side of it then have different recorded times, whatever the clock's resolution.
 */
export const clockPasses = (instant = Date.now()): Promise<void> =>
  waitFor(() => Date.now() > instant, 1000, 'the clock to move on');
