/** `ledger history <programme>`: every recorded event with its metadata, oldest first. */
import { parseArgs } from 'node:util';
import type { HistoryEntryView } from '../projections/ledgerReadModels';
import { counted } from '../projections/words';
import { allPages } from './allPages';
import { dateOption, jsonText, oneOf, programmeArgument, type CliIo } from './io';
import type { LedgerCommand } from './command';
import { withLedger } from './openForReading';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, writeResult } from './output';

const line = ({ position, type, streamName, streamRevision, metadata, actorName }: HistoryEntryView) =>
  [
    `#${position}`,
    `recorded ${metadata.recordedAt}`,
    `occurred ${metadata.occurredAt}`,
    type,
    `by ${actorName} (${metadata.actorId}, ${metadata.actorRole})`,
    `${streamName}@${streamRevision}`,
    `command ${metadata.commandId}`,
    `correlation ${metadata.correlationId}`,
  ].join('  ');

export const history: LedgerCommand = {
  name: 'history',
  usage: [
    'history <programme> [--type <EventType>]... [--actor <id>] [--from <date>] [--to <date>] [--format text|json] [--out <file> [--force]]',
    '  Every event recorded for the programme, oldest first, with who recorded it, in which role,',
    '  when it was recorded and when it happened. --from/--to are recorded dates (inclusive).',
    OUTPUT_USAGE,
  ],
  run: async (args, config, io: CliIo) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        type: { type: 'string', multiple: true },
        actor: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        ...OUTPUT_OPTIONS,
      },
    });
    const programmeId = programmeArgument(positionals);
    const format = oneOf(values.format, ['text', 'json'], 'format');
    const recordedFrom = dateOption(values.from, 'from');
    const recordedTo = dateOption(values.to, 'to');
    const filter = {
      ...(values.type ? { types: values.type } : {}),
      ...(values.actor ? { actorId: values.actor } : {}),
      ...(recordedFrom ? { recordedFrom } : {}),
      ...(recordedTo ? { recordedTo } : {}),
    };
    const entries = await withLedger(config, (ledger) =>
      allPages((page) => ledger.services.readModels.history(programmeId, filter, page)),
    );
    const text =
      format === 'json' ? `${jsonText(entries)}\n` : entries.map((entry) => `${line(entry)}\n`).join('');
    writeResult(text, values, config, io);
    io.stderr.write(`${counted(entries.length, 'event')}\n`);
  },
};
