import { occursBefore, requireFromProgrammeStart, type BusinessTime } from '../shared/businessTime';
import { IllegalStateError, ValidationError } from '../shared/errors';
import { LIMITS } from '../shared/limits';
import { requireOneOf, requireRationale, requireText } from '../shared/validation';
import { openProgramme, type Facts } from '../facts';
import {
  OUTPUT_NAMES,
  WRITTEN_OUTPUTS,
  type WrittenOutputCommand,
  type WrittenOutputEvent,
  type WrittenOutputs,
} from './events';

/** Each output's deliveries are one thread; they need no order beyond the programme's start. */
export const writtenOutputTime: BusinessTime<WrittenOutputEvent> = {
  thread: (event) => `writtenOutput:${event.data.output}`,
  ordering: () => undefined,
};

const day = (time: string) => time.slice(0, 10);

/**
 * DOMAIN: an output is delivered once; handing it over again is a re-issue, which says why.
 * Nothing is delivered before the programme starts.
 */
export const decideWrittenOutput = (
  { data, context }: WrittenOutputCommand,
  state: WrittenOutputs,
  facts: Facts,
): WrittenOutputEvent[] => {
  const programme = openProgramme(facts.programme);
  const output = requireOneOf(data.output, WRITTEN_OUTPUTS, 'output');
  const name = OUTPUT_NAMES[output];
  requireFromProgrammeStart(programme.startDate, context.occurredAt, `The delivery of the ${name}`);
  const audience = requireText(data.audience, 'audience', LIMITS.statement);
  const reissue = data.reissue === true;
  const last = state.delivered[output];
  if (last && !reissue)
    throw new IllegalStateError(
      'OutputDeliveredOnce',
      `The ${name} was delivered on ${day(last)}; to hand it over again, mark it delivered as a re-issue, with the reason`,
    );
  if (!last && reissue)
    throw new IllegalStateError(
      'ReissueFollowsDelivery',
      `The ${name} has not been delivered yet, so it cannot be re-issued; mark it delivered without reissue`,
    );
  if (last && occursBefore(context.occurredAt, last))
    throw new ValidationError(
      'ReissueAfterDelivery',
      `A re-issue of the ${name} is dated ${day(context.occurredAt)}, before its last delivery on ${day(last)}`,
    );
  const rationale = reissue
    ? requireRationale(data.rationale ?? undefined, 'an output is re-issued')
    : data.rationale
      ? requireText(data.rationale, 'rationale', LIMITS.text)
      : null;
  return [
    {
      type: 'WrittenOutputDelivered',
      data: { programmeId: programme.id, output, audience, reissue, rationale },
    },
  ];
};
