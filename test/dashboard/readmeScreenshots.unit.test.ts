/** The README's dashboard section shows the dashboard: its pictures are linked and committed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = (heading: string) => {
  const start = README.indexOf(`\n## ${heading}\n`);
  const end = README.indexOf('\n## ', start + 1);
  return start < 0 ? '' : README.slice(start, end < 0 ? undefined : end);
};

/** Width and height from a PNG's header (its first chunk, IHDR). */
const pngSize = (file: Buffer) => {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
};

describe("the README's pictures of the dashboard", () => {
  it('links the overview and a run chart from the dashboard section, each with a text alternative', () => {
    const images = [...section('The dashboard').matchAll(/!\[([^\]]+)\]\((docs\/[^)]+)\)/g)];
    expect(images.map((image) => image[2])).toEqual([
      'docs/dashboard-overview.png',
      'docs/dashboard-run-chart.png',
    ]);
    for (const [, alternative] of images) expect(alternative!.length).toBeGreaterThan(60);
  });

  it.each(['dashboard-overview.png', 'dashboard-run-chart.png'])(
    'commits docs/%s as a picture wide enough to read',
    (name) => {
      const { width, height } = pngSize(readFileSync(join(ROOT, 'docs', name)));
      expect(width).toBeGreaterThanOrEqual(600);
      expect(height).toBeGreaterThanOrEqual(300);
    },
  );
});
