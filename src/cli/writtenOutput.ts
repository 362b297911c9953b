/**
 * `ledger output <programme> --document <output>`: one of the five written outputs, as Markdown or
 * as data (sections of statements, each with the ids of the events it rests on), now or as of a
 * past moment. Each run is recorded in the access record, like the other documents.
 */
import { parseArgs } from 'node:util';
import { WRITTEN_OUTPUTS } from '../domain/writtenOutput/events';
import { writtenOutput } from '../projections/writtenOutputs';
import { asOfWords, writtenOutputMarkdown } from '../projections/writtenOutputs/markdown';
import type { AsOf } from '../projections/timeTravel';
import type { LedgerCommand } from './command';
import { dateOption, jsonText, oneOf, programmeArgument, UsageError } from './io';
import { withLedger } from './openForReading';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, writeResult } from './output';

const asOfOf = (recordedAt: string | undefined, occurredAt: string | undefined): AsOf | undefined => {
  if (recordedAt && occurredAt) throw new UsageError('Give --recorded-at or --occurred-at, not both');
  if (recordedAt) return { recordedAt };
  return occurredAt ? { occurredAt } : undefined;
};

export const writtenOutputCommand: LedgerCommand = {
  name: 'output',
  usage: [
    `output <programme> --document ${WRITTEN_OUTPUTS.join('|')} [--recorded-at <date> | --occurred-at <date>] [--format md|json] [--out <file> [--force]]`,
    '  One of the five written outputs, composed from the events; every statement cites the events it',
    '  rests on (--format json lists their ids). --recorded-at: as the ledger knew it then;',
    '  --occurred-at: as it had happened by then, with what is known today.',
    OUTPUT_USAGE,
  ],
  run: async (args, config, io) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        document: { type: 'string' },
        'recorded-at': { type: 'string' },
        'occurred-at': { type: 'string' },
        format: { type: 'string' },
        ...OUTPUT_OPTIONS,
      },
    });
    const programmeId = programmeArgument(positionals);
    if (values.document === undefined)
      throw new UsageError(`Name the document with --document, one of ${WRITTEN_OUTPUTS.join(', ')}`);
    const output = oneOf(values.document, WRITTEN_OUTPUTS, 'document');
    const format = oneOf(values.format, ['md', 'json'], 'format');
    const asOf = asOfOf(
      dateOption(values['recorded-at'], 'recorded-at'),
      dateOption(values['occurred-at'], 'occurred-at'),
    );
    const document = await withLedger(config, ({ services }) =>
      writtenOutput(services.readModels, programmeId, output, asOf),
    );
    const text =
      format === 'json' ? `${jsonText(document)}\n` : writtenOutputMarkdown(document, asOfWords(asOf));
    writeResult(text, values, config, io);
  },
};
