/** (1) The insights document: challenges and opportunities practitioners named, and the barriers they surfaced. */
import type { InsightKind } from '../../domain/review/events';
import type { BarrierDocument } from '../barriers';
import { counted, day, quoted, sentence, withArticle, words } from '../words';
import { aboutTheProgramme } from './common';
import { section, statement, type SectionBuilder } from './document';
import { barrierEvents, barrierTitles, levelsIn } from './source';

const sensemakingSessions: SectionBuilder = (source) =>
  section(
    'Sensemaking sessions',
    source.reviews
      .filter((review) => review.kind === 'sensemakingSession')
      .map((review) =>
        statement(
          `Sensemaking session on ${day(review.heldAt)}, with ${levelsIn(source, review.attendeeIds)}: ${counted(review.insights.length, 'insight')} recorded.`,
          [review.heldEventId],
        ),
      ),
  );

const insightsOfKind =
  (kind: InsightKind, heading: string): SectionBuilder =>
  (source) =>
    section(
      heading,
      source.reviews.flatMap((review) =>
        review.insights
          .filter((insight) => insight.kind === kind)
          .map((insight) =>
            statement(
              `${quoted(insight.statement)} (${words(review.kind)}, ${day(insight.occurredAt)})${insight.barrierIds.length ? `; it names ${barrierTitles(source, insight.barrierIds)}` : ''}.`,
              [review.heldEventId, insight.eventId, ...barrierEvents(source, insight.barrierIds)],
            ),
          ),
      ),
    );

const SOURCES: Record<BarrierDocument['source']['kind'], string> = {
  smallChange: 'from a small change',
  sensemaking: 'at a sensemaking session',
  survey: 'from a survey',
  review: 'at a review',
  other: '',
};

const barrierStatement = (barrier: BarrierDocument) => {
  const where = SOURCES[barrier.source.kind];
  const now = barrier.resolution
    ? `resolved on ${day(barrier.resolution.occurredAt)}: ${barrier.resolution.resolution.replace(/\.$/, '')}`
    : 'still open';
  const rescoped = barrier.rescopings.map((r) => `re-scoped to ${r.to} on ${day(r.occurredAt)}`);
  return statement(
    sentence(
      `${withArticle(`${barrier.scope} ${words(barrier.kind)}`)} barrier, ${quoted(barrier.title)}, identified${where ? ` ${where}` : ''} on ${day(barrier.identified.occurredAt)}${rescoped.length ? `, ${rescoped.join(', ')}` : ''}; ${now}`,
    ),
    [barrier.identified.eventId, ...barrier.rescopings.map((r) => r.eventId), barrier.resolution?.eventId],
  );
};

const barriersSurfaced: SectionBuilder = (source) =>
  section('Barriers surfaced', source.barriers.map(barrierStatement));

export const INSIGHTS_SECTIONS: readonly SectionBuilder[] = [
  aboutTheProgramme,
  sensemakingSessions,
  insightsOfKind('challenge', 'Challenges'),
  insightsOfKind('opportunity', 'Opportunities'),
  barriersSurfaced,
];
