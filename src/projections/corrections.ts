/**
 * A corrected occurred date in the read models: the item's documents take the correct date, the
 * journey moves the corrected entry (and the entries dated by it) to where it belongs, the tallies
 * that count by date move, and evidence summaries naming the date are re-worded. The correction
 * itself gets a journey entry of its own; nothing recorded is edited in the log.
 */
import type { OccurredDateCorrected } from '../domain/shared/dateCorrection';
import { rewordEvidence } from './evidence';
import { latestReview, moved, type ProgrammeDocument } from './programme';
import { evidenceIn, withTallies, type ProgrammeDocuments } from './programmeDocuments';
import { correctedBy, movedBy } from './redate';
import { reviewHeldOf } from './reviews';
import type { Collection, ProjectionTarget } from '../application/ports/readModelStore';

/** The documents (collection and id) an item's dates live in. */
const documentsOfItem = (
  { data }: OccurredDateCorrected,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
): [Collection, string][] => {
  const { kind, id } = data.item;
  switch (kind) {
    case 'programme':
      // A metric's definition is a fact of the programme, kept in the metric's document.
      return programme.metricIds.map((metricId) => ['metric', metricId]);
    case 'blueprint': {
      const versions = docs.get('blueprint', programme.programmeId)?.versions ?? [];
      return [
        ['blueprint', programme.programmeId],
        ...versions.map((v): [Collection, string] => ['blueprintVersion', String(v.version)]),
      ];
    }
    case 'measurement':
      return [['metric', id]];
    case 'barrier':
    case 'smallChange':
    case 'review':
    case 'experiment':
    case 'surveyRound':
    case 'feedbackRound':
      return [[kind, id]];
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
};

/** Counts kept by date: a small change's day of implementation, the latest review. */
const withDatedTallies = (
  correction: OccurredDateCorrected,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
): ProgrammeDocument => {
  const { item, eventType, wrongOccurredAt, correctOccurredAt } = correction.data;
  if (item.kind === 'smallChange' && eventType === 'SmallChangeImplemented') {
    const teamId = docs.get('smallChange', item.id)?.teamId;
    if (!teamId) return programme;
    return withTallies(programme, (t) => {
      const days = moved(
        t.implementationsByTeamAndDay[teamId] ?? {},
        wrongOccurredAt.slice(0, 10),
        correctOccurredAt.slice(0, 10),
      );
      return { ...t, implementationsByTeamAndDay: { ...t.implementationsByTeamAndDay, [teamId]: days } };
    });
  }
  if (item.kind === 'review') {
    // The review's document already holds the correct date (applyCorrection redates it first).
    const lastReview = latestReview(docs.all('review').map(reviewHeldOf));
    return withTallies(programme, (t) => ({ ...t, lastReview }));
  }
  return programme;
};

/** Evidence summaries name the date of what they cite: re-word those resting on a moved event. */
const rewordBlueprint = (
  eventIds: readonly string[],
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
) => {
  const blueprint = docs.get('blueprint', programme.programmeId);
  if (!blueprint) return;
  const resolve = evidenceIn(docs);
  docs.put('blueprint', programme.programmeId, rewordEvidence(blueprint, eventIds, resolve));
  for (const { version } of blueprint.versions) {
    const id = String(version);
    docs.put('blueprintVersion', id, rewordEvidence(docs.get('blueprintVersion', id), eventIds, resolve));
  }
};

export const applyCorrection = (
  correction: OccurredDateCorrected,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
  target: ProjectionTarget,
): ProgrammeDocument => {
  const eventIds = movedBy(correction);
  target.moveJourneyEntries(programme.programmeId, eventIds, correction.data.correctOccurredAt);
  for (const [collection, id] of documentsOfItem(correction, programme, docs)) {
    const document = docs.get(collection, id);
    if (document) docs.put(collection, id, correctedBy(document, correction));
  }
  rewordBlueprint(eventIds, programme, docs);
  const dated = withDatedTallies(correction, programme, docs);
  return correction.data.item.kind === 'programme' ? correctedBy(dated, correction) : dated;
};
