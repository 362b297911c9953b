/**
 * What every journey describer shares: the read models as they stand after the event, and the
 * words for what an event concerns (teams by name, people only as links and by level).
 */
import type { LedgerEvent } from '../../domain/ledger';
import type { Link } from '../../application/ports/readModelStore';
import type { BarrierDocument } from '../barriers';
import type { BlueprintDocument } from '../blueprint';
import type { ExperimentDocument } from '../experiments';
import type { FeedbackRoundDocument } from '../feedbackRounds';
import type { MetricDocument } from '../metrics';
import { participantIn, type ProgrammeDocument } from '../programme';
import type { ReviewDocument } from '../reviews';
import type { SmallChangeDocument } from '../smallChanges';
import type { SurveyRoundDocument } from '../surveyRounds';
import { counted, listOf, quoted, words } from '../words';

/** The read models as they stand after the event, for naming what it concerns. */
export interface JourneyContext {
  readonly programme: ProgrammeDocument | undefined;
  smallChange(id: string): SmallChangeDocument | undefined;
  barrier(id: string): BarrierDocument | undefined;
  experiment(id: string): ExperimentDocument | undefined;
  review(id: string): ReviewDocument | undefined;
  metric(id: string): MetricDocument | undefined;
  surveyRound(id: string): SurveyRoundDocument | undefined;
  feedbackRound(id: string): FeedbackRoundDocument | undefined;
  blueprint(): BlueprintDocument | undefined;
  programmeName(id: string): string | null;
}

export interface Described {
  readonly summary: string;
  readonly rationale?: string | null;
  readonly teamId?: string | null;
  readonly links?: readonly Link[];
}

export const people = (ids: readonly string[]): Link[] => ids.map((id) => ({ kind: 'participant', id }));

/** The words for what an event concerns, in one programme's context. */
export const namingIn = (context: JourneyContext) => {
  const { programme } = context;
  return {
    context,
    programme,
    team: (teamId: string | null | undefined) =>
      programme?.teams.find((candidate) => candidate.teamId === teamId)?.name ?? teamId ?? 'the programme',
    levelsOf: (ids: readonly string[]) => {
      const levels = ids.map((id) => participantIn(programme, id)?.level ?? 'unknown');
      const byLevel = [...new Set(levels)].map((level) =>
        counted(levels.filter((l) => l === level).length, words(level)),
      );
      return listOf(byLevel);
    },
    smallChange: (id: string): Link => ({ kind: 'smallChange', id, label: context.smallChange(id)?.title }),
    barrier: (id: string): Link => ({ kind: 'barrier', id, label: context.barrier(id)?.title }),
    experiment: (id: string): Link => ({ kind: 'experiment', id, label: context.experiment(id)?.title }),
    titleOf: (link: Link) => quoted(link.label ?? link.id),
  };
};

export type Naming = ReturnType<typeof namingIn>;

/** How one type of event reads in the journey. */
export type Describer<T extends LedgerEvent['type']> = (event: EventOf<T>, naming: Naming) => Described;

export type EventOf<T extends LedgerEvent['type']> = LedgerEvent & { readonly type: T };

/** A describer for each event type of a family (OccurredDateCorrected is described for all of them). */
export type Describers<E extends LedgerEvent> = {
  readonly [T in Exclude<E['type'], 'OccurredDateCorrected'>]: Describer<T>;
};
