/** How the delivery of a written output reads in the journey. */
import { OUTPUT_NAMES, type WrittenOutputEvent } from '../../domain/writtenOutput/events';
import { quoted, sentence } from '../words';
import type { Describers } from './naming';

export const WRITTEN_OUTPUT_STEPS: Describers<WrittenOutputEvent> = {
  WrittenOutputDelivered: ({ data: { output, audience, reissue, rationale } }) => ({
    summary: sentence(
      `The ${OUTPUT_NAMES[output]} was ${reissue ? 're-issued' : 'delivered'} to ${quoted(audience)}`,
    ),
    rationale,
  }),
};
