/**
 * Sections for what a programme does with its blueprint and its staff: elements implemented
 * against plan, staff feedback with what was done in answer ("you said, we did"), and the failures
 * beyond small changes and experiments (escalations closed without result, barriers not resolved,
 * elements retired), each with what was learnt.
 */
import type { FailureKind } from '../failures';
import { counted, day, listOf, quoted, sentence, words } from '../words';
import { section, statement, type SectionBuilder, type Statement } from './document';

const bare = (text: string) => text.replace(/\.$/, '');

/** Each element of the working blueprint: its status since when, and its planned dates. */
export const implementedAgainstPlan: SectionBuilder = ({ blueprint }) =>
  section(
    'Implemented against plan',
    (blueprint?.elements ?? []).flatMap((element) => {
      const implementation = blueprint!.implementation[element.elementId];
      if (!implementation) return [];
      const { status, since, plannedStartOn, plannedImplementedBy, history, retirement } = implementation;
      const plan = [
        plannedStartOn && `planned to start ${day(plannedStartOn)}`,
        plannedImplementedBy && `to be implemented by ${day(plannedImplementedBy)}`,
      ].filter(Boolean);
      const why = retirement ? `; ${bare(retirement.rationale)}; learning: ${bare(retirement.learning)}` : '';
      return [
        statement(
          sentence(
            `${quoted(element.title)}: ${words(status)} since ${day(since.occurredAt)}${plan.length ? ` (${plan.join(', ')})` : ''}${why}`,
          ),
          history.map((step) => step.eventId),
        ),
      ];
    }),
  );

/** Each feedback round: who answered, what they said, and what was done in answer (or that nothing has been yet). */
export const youSaidWeDid: SectionBuilder = ({ feedbackRounds }) =>
  section(
    'Staff feedback: you said, we did',
    feedbackRounds.map((round) => {
      const asked = round.asked.reduce((total, group) => total + group.count, 0);
      const said = round.themes.length ? `; they said: ${listOf(round.themes.map(quoted))}` : '';
      const did = round.responses.length
        ? `; we did: ${round.responses.map((response) => bare(response.whatWeDid)).join('; ')}`
        : '; nothing has been done in answer yet';
      return statement(
        sentence(
          `Feedback round of ${day(round.heldAt)}: ${round.answered} of ${counted(asked, 'person', 'people')} asked answered${said}${did}`,
        ),
        [round.heldEventId, ...round.responses.map((response) => response.eventId)],
      );
    }),
  );

const FAILED_AS: Partial<Record<FailureKind, string>> = {
  escalationClosedWithoutResult: 'The escalation of',
  barrierNotResolved: 'The barrier',
  blueprintElementRetired: 'The blueprint element',
};
const ENDED_AS: Partial<Record<FailureKind, string>> = {
  escalationClosedWithoutResult: 'closed without result',
  barrierNotResolved: 'could not be resolved',
  blueprintElementRetired: 'was retired',
};

/** The failures beyond small changes and experiments, each with why, what was learnt and what was done next. */
export const otherFailures = ({ failures }: Parameters<SectionBuilder>[0]): Statement[] =>
  failures.flatMap((failure) => {
    const as = FAILED_AS[failure.kind];
    if (!as) return [];
    const parts = [
      failure.rationale && bare(failure.rationale),
      failure.learning && `learning: ${bare(failure.learning)}`,
      failure.nextStep && `next: ${bare(failure.nextStep)}`,
    ].filter(Boolean);
    return [
      statement(
        sentence(
          `${as} ${quoted(failure.title)} ${ENDED_AS[failure.kind]} on ${day(failure.occurredAt)}: ${parts.join('; ')}`,
        ),
        [failure.eventId],
      ),
    ];
  });
