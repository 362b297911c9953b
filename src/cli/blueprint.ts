/** `ledger blueprint <programme> [--diff 1..3]`: the published versions, or what changed between two, and why. */
import { parseArgs } from 'node:util';
import type { BlueprintChange } from '../projections/blueprint';
import type { BlueprintDiff } from '../projections/blueprintDiff';
import { counted } from '../projections/words';
import type { LedgerCommand } from './command';
import { jsonText, oneOf, programmeArgument, UsageError } from './io';
import { withLedger } from './openForReading';

const range = (value: string): [number, number] => {
  const match = /^(\d+)\.\.(\d+)$/.exec(value);
  if (!match) throw new UsageError(`--diff takes two version numbers, e.g. 1..3, not "${value}"`);
  return [Number(match[1]), Number(match[2])];
};

const SIGNS = { added: '+', revised: '~', removed: '-' } as const;

const changeLines = ({ change, title, occurredAt, rationale, evidence }: BlueprintChange): string[] => [
  `  ${occurredAt.slice(0, 10)}  ${change} "${title}"`,
  ...(rationale ? [`      why: ${rationale}`] : []),
  ...evidence.map((item) => `      evidence (${item.kind}): ${item.summary}`),
];

const diffLines = (diff: BlueprintDiff): string[] => [
  `Blueprint version ${diff.from} → ${diff.to}`,
  ...diff.differences.map(
    ({ change, title, fieldsChanged }) =>
      `${SIGNS[change]} ${title}${change === 'revised' ? ` (${fieldsChanged.join(', ')})` : ''}`,
  ),
  '',
  'Changes recorded in between, with their rationale and evidence:',
  ...diff.changes.flatMap(changeLines),
];

export const blueprint: LedgerCommand = {
  name: 'blueprint',
  usage: [
    'blueprint <programme> [--diff <from>..<to>] [--format text|json]',
    '  The blueprint’s published versions; with --diff, the elements added, revised and removed',
    '  between two versions and every change in between with its rationale and evidence.',
  ],
  run: async (args, config, io) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { diff: { type: 'string' }, format: { type: 'string' } },
    });
    const programmeId = programmeArgument(positionals);
    const format = oneOf(values.format, ['text', 'json'], 'format');
    const versions = values.diff ? range(values.diff) : undefined;
    await withLedger(config, async ({ services: { readModels } }) => {
      if (versions) {
        const diff = readModels.blueprintDiff(programmeId, ...versions);
        io.stdout.write(`${format === 'json' ? jsonText(diff) : diffLines(diff).join('\n')}\n`);
        return;
      }
      readModels.requireProgramme(programmeId);
      const evolution = readModels.blueprint(programmeId);
      if (format === 'json') return void io.stdout.write(`${jsonText(evolution ?? null)}\n`);
      if (!evolution) return void io.stdout.write('No blueprint has been drafted yet\n');
      for (const version of evolution.versions)
        io.stdout.write(
          `Version ${version.version} (${version.published.occurredAt.slice(0, 10)}): ${version.summary} — ${counted(version.elements.length, 'element')}, ${counted(version.changes.length, 'change')}\n`,
        );
    });
  },
};
