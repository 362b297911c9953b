/** `ledger journey <programme> --format md|json`: the entire journey, as a readable document or as data. */
import { parseArgs } from 'node:util';
import { allPages } from './allPages';
import type { LedgerCommand } from './command';
import { jsonText, oneOf, programmeArgument } from './io';
import { journeyMarkdown, type JourneyExport } from './journeyMarkdown';
import { withLedger } from './openForReading';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, writeResult } from './output';

export const journey: LedgerCommand = {
  name: 'journey',
  usage: [
    'journey <programme> [--format md|json] [--out <file> [--force]]',
    '  The entire journey: where the programme stands, every entry in business-date order with its',
    '  rationale and who recorded it, the blueprint’s versions with their evidence, and the measures.',
    OUTPUT_USAGE,
  ],
  run: async (args, config, io) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { format: { type: 'string' }, ...OUTPUT_OPTIONS },
    });
    const programmeId = programmeArgument(positionals);
    const format = oneOf(values.format, ['md', 'json'], 'format');
    const exported = await withLedger(config, async (ledger): Promise<JourneyExport> => {
      const { readModels } = ledger.services;
      return {
        exportedAt: new Date().toISOString(),
        lastPosition: ledger.runner.position() ?? null,
        overview: readModels.overview(programmeId),
        journey: await allPages((page) => readModels.journey(programmeId, {}, page)),
        blueprint: readModels.blueprint(programmeId) ?? null,
        smallChanges: readModels.smallChanges(programmeId),
        experiments: readModels.experiments(programmeId),
        reviews: readModels.reviews(programmeId),
        metrics: readModels.metrics(programmeId),
        surveyRounds: readModels.surveyRounds(programmeId),
      };
    });
    writeResult(
      format === 'json' ? `${jsonText(exported)}\n` : journeyMarkdown(exported),
      values,
      config,
      io,
    );
  },
};
