/** The written outputs as a GraphQL enum, and the words for how each stands. */
import { WRITTEN_OUTPUTS } from '../../domain/writtenOutput/events';
import { OUTPUT_STANDINGS } from '../../projections/writtenOutputs/standing';
import { enumOf } from './enums';

export const WrittenOutput = enumOf(
  WRITTEN_OUTPUTS,
  'WrittenOutput',
  'One of the five written outputs a programme promises.',
  {
    insights:
      'The insights document: challenges and opportunities named by practitioners, with the barriers they surfaced (after the third phase).',
    changeRecord:
      'The ongoing record of changes to processes and structures: small changes and process and structural blueprint elements, and what happened to each (phases two to four).',
    blueprint:
      'The co-created blueprint as a written document: versions, elements by kind, barriers addressed, co-owners and the rationale and evidence of each adaptation (after the third phase).',
    implementation:
      "The implementation of the blueprint and its continual optimisation: experiments, adaptations, measures with their run charts' signals, and review decisions (by the end of the fourth phase).",
    caseStudy:
      'A methodology case study another authority could adapt: vision, phases as they ran, what worked and what did not with the learning, and lineage (by the end of the fourth phase).',
  },
);

export const OutputStanding = enumOf(
  OUTPUT_STANDINGS,
  'OutputStanding',
  "Where a written output stands against its due date, as of the read's moment.",
  {
    notDue:
      'Not due yet: the phase it follows has not completed and the programme has not reached its planned end.',
    due: 'Due and not delivered, but still within 28 days of its due date.',
    late: 'Not delivered more than 28 days after its due date.',
    delivered: 'Delivered (at least once).',
  },
);
