/**
 * A progress bar for long terminal jobs (a rebuild). On a terminal it redraws one line; piped to
 * a file or CI log it writes a line at each tenth instead, so logs stay readable.
 */
export interface ProgressBar {
  update(fraction: number, detail: string): void;
  done(message: string): void;
}

const WIDTH = 30;

export const progressBar = (
  stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'> = process.stderr,
): ProgressBar => {
  let lastTenth = -1;
  const bar = (fraction: number) => {
    const filled = Math.round(Math.min(Math.max(fraction, 0), 1) * WIDTH);
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)
      .toString()
      .padStart(3)}%`;
  };
  return {
    update(fraction, detail) {
      if (stream.isTTY) {
        stream.write(`\r${bar(fraction)} ${detail}\u001b[K`);
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${bar(fraction)} ${detail}\n`);
      }
    },
    done(message) {
      if (stream.isTTY) stream.write(`\r${bar(1)} ${message}\u001b[K\n`);
      else stream.write(`${message}\n`);
    },
  };
};
