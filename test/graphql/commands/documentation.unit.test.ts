import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import {
  commandsMarkdown,
  END_MARKER,
  README_FILE,
  START_MARKER,
} from '../../../src/graphql/commands/documentation';

/** A markdown table's rows as trimmed cells, whatever padding prettier gave them. */
const rows = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );

describe("the README's table of commands", () => {
  const readme = readFileSync(README_FILE, 'utf8');
  const section = readme.slice(readme.indexOf(START_MARKER), readme.indexOf(END_MARKER));

  it('is the one generated from the command table (run npm run docs after changing a row)', () => {
    expect(rows(section)).toEqual(rows(commandsMarkdown()));
  });

  it('names every mutation with its roles and stream, as a reader sees them', () => {
    const table = rows(section);
    expect(table).toHaveLength(2 + 64);
    expect(table).toContainEqual([
      '`markWrittenOutputDelivered`',
      '`leader`, `facilitator`',
      '`writtenOutput`',
      'Record that a written output was delivered (when, to whom); again only as a re-issue, with the reason.',
    ]);
    expect(table).toContainEqual([
      '`respondToFeedback`',
      '`leader`, `facilitator`',
      '`feedbackRound`',
      'Record what was done in answer to a feedback round or one of its unintended consequences ("you said, we did").',
    ]);
    expect(table).toContainEqual([
      '`escalateSmallChange`',
      '`leader`, `facilitator`',
      '`smallChange`',
      'A small change needs national change: escalate it; the ledger identifies the national barrier.',
    ]);
    expect(table).toContainEqual([
      '`launchProgramme`',
      '`admin`',
      '`programme`',
      'Launch a new change programme (admin).',
    ]);
  });
});
