/** The command table's row for marking a written output delivered. */
import { writtenOutputAggregate } from '../../domain/writtenOutput';
import type { WrittenOutputCommand } from '../../domain/writtenOutput/events';
import { LEADS } from '../auth/roles';
import { MarkWrittenOutputDeliveredInput } from '../inputs/writtenOutput';
import { ProgrammePayload } from '../types/payloads';
import { overviewOf } from './answers';
import type { CommandRows } from './commandRow';

export const WRITTEN_OUTPUT_COMMANDS: CommandRows<WrittenOutputCommand['type']> = {
  MarkWrittenOutputDelivered: {
    decider: writtenOutputAggregate,
    payload: ProgrammePayload,
    answer: overviewOf,
    input: MarkWrittenOutputDeliveredInput,
    roles: LEADS,
    description:
      'Record that a written output was delivered (when, to whom); again only as a re-issue, with the reason.',
  },
};
