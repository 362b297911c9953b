/** The small-change read model: one document per small change, its whole lifecycle kept. */
import type { DecisionCitation, Learning } from '../domain/shared/citation';
import { unhandled } from '../domain/shared/command';
import type { SmallChangeEvent, Verdict } from '../domain/smallChange/events';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';

export const SMALL_CHANGE_STATUSES = [
  'proposed',
  'agreed',
  'declined',
  'implemented',
  'kept',
  'reviewed',
  'adapted',
  'reverted',
  'escalated',
] as const;
/** `kept` is a change reviewed with the verdict keep; `reviewed` one whose adapt or revert is still to come. */
export type SmallChangeStatus = (typeof SMALL_CHANGE_STATUSES)[number];

export interface SmallChangeReview {
  readonly reviewedAt: string;
  readonly hoursFreedPerWeek: number;
  readonly practitionersNoticed: string;
  readonly familiesNoticed: string;
  readonly verdict: Verdict;
}

/** The decision cited (null when none) and what was learnt and done next (null when not recorded). */
export interface AfterFailure {
  readonly decision: DecisionCitation | null;
  readonly learning: string | null;
  readonly nextStep: string | null;
}
const afterFailure = (data: {
  decision?: DecisionCitation;
  learning?: string;
  nextStep?: string;
}): AfterFailure => ({
  decision: data.decision ?? null,
  learning: data.learning ?? null,
  nextStep: data.nextStep ?? null,
});

export interface SmallChangeDocument {
  readonly smallChangeId: string;
  readonly programmeId: string;
  readonly teamId: string;
  readonly title: string;
  readonly description: string;
  readonly status: SmallChangeStatus;
  readonly proposedBy: readonly string[];
  /** True when at least one proposer is at practitioner level. */
  readonly proposedByPractitioners: boolean;
  readonly barrierIds: readonly string[];
  readonly proposed: When;
  readonly agreed: (When & { readonly agreedBy: readonly string[] }) | null;
  readonly declined:
    (When & AfterFailure & { readonly declinedBy: readonly string[]; readonly rationale: string }) | null;
  readonly implemented: (When & { readonly implementedAt: string; readonly whatChanged: string }) | null;
  readonly reviews: readonly (SmallChangeReview & When)[];
  readonly adaptations: readonly (When & {
    readonly whatChanged: string;
    readonly rationale: string;
    readonly decision: DecisionCitation | null;
    /** The staff feedback rounds it cites (absent in read models built before they could be cited). */
    readonly feedbackRoundIds?: readonly string[];
  })[];
  readonly reverted:
    | (When & AfterFailure & { readonly rationale: string; readonly feedbackRoundIds?: readonly string[] })
    | null;
  readonly escalated:
    | (When & {
        readonly nationalBarrierId: string;
        readonly escalatedBy: readonly string[];
        readonly rationale: string;
      })
    | null;
  /** The escalation closed without result: why, what was learnt, what was done next. */
  readonly escalationClosed: (When & Learning & { readonly rationale: string }) | null;
  readonly lastChangedAt: string;
  readonly lastChangedEventId: string;
}

type Ev<T extends SmallChangeEvent['type']> = Extract<SmallChangeEvent, { type: T }>;

const proposedDocument = (
  event: Ev<'SmallChangeProposed'>,
  when: When,
  isPractitioner: (participantId: string) => boolean,
): SmallChangeDocument => {
  const { smallChangeId, programmeId, teamId, title, description, proposedBy, barrierIds } = event.data;
  return {
    smallChangeId,
    programmeId,
    teamId,
    title,
    description,
    status: 'proposed',
    proposedBy,
    proposedByPractitioners: proposedBy.some(isPractitioner),
    barrierIds,
    proposed: when,
    agreed: null,
    declined: null,
    implemented: null,
    reviews: [],
    adaptations: [],
    reverted: null,
    escalated: null,
    escalationClosed: null,
    lastChangedAt: when.occurredAt,
    lastChangedEventId: when.eventId,
  };
};

/** The team's decision on a proposal: agreed or declined. */
const evolveDecision = (
  changed: SmallChangeDocument,
  event: Ev<'SmallChangeAgreed' | 'SmallChangeDeclined'>,
  when: When,
): SmallChangeDocument => {
  if (event.type === 'SmallChangeAgreed')
    return { ...changed, status: 'agreed', agreed: { ...when, agreedBy: event.data.agreedBy } };
  const { declinedBy, rationale } = event.data;
  const declined = { ...when, declinedBy, rationale, ...afterFailure(event.data) };
  return { ...changed, status: 'declined', declined };
};

/** The change in practice: implemented, reviewed, adapted or reverted. */
const evolveInEffect = (
  changed: SmallChangeDocument,
  event: Ev<'SmallChangeImplemented' | 'SmallChangeReviewed' | 'SmallChangeAdapted' | 'SmallChangeReverted'>,
  when: When,
): SmallChangeDocument => {
  switch (event.type) {
    case 'SmallChangeImplemented': {
      const { whatChanged } = event.data;
      const implemented = { ...when, implementedAt: when.occurredAt, whatChanged };
      return { ...changed, status: 'implemented', implemented };
    }
    case 'SmallChangeReviewed': {
      const { hoursFreedPerWeek, practitionersNoticed, familiesNoticed, verdict } = event.data;
      const review = {
        ...when,
        reviewedAt: when.occurredAt,
        hoursFreedPerWeek,
        practitionersNoticed,
        familiesNoticed,
        verdict,
      };
      return {
        ...changed,
        status: verdict === 'keep' ? 'kept' : 'reviewed',
        reviews: [...changed.reviews, review],
      };
    }
    case 'SmallChangeAdapted': {
      const { whatChanged, rationale } = event.data;
      const decision = event.data.decision ?? null;
      const feedbackRoundIds = event.data.feedbackRoundIds ?? [];
      return {
        ...changed,
        status: 'adapted',
        adaptations: [
          ...changed.adaptations,
          { ...when, whatChanged, rationale, decision, feedbackRoundIds },
        ],
      };
    }
    case 'SmallChangeReverted':
      return {
        ...changed,
        status: 'reverted',
        reverted: {
          ...when,
          rationale: event.data.rationale,
          ...afterFailure(event.data),
          feedbackRoundIds: event.data.feedbackRoundIds ?? [],
        },
      };
    default:
      return unhandled(event);
  }
};

/** A barrier the team cannot ease locally, escalated as a national one, and the escalation closed. */
const evolveEscalation = (
  changed: SmallChangeDocument,
  event: Ev<'SmallChangeEscalated' | 'SmallChangeEscalationClosed'>,
  when: When,
): SmallChangeDocument => {
  if (event.type === 'SmallChangeEscalated') {
    const { nationalBarrierId, escalatedBy, rationale } = event.data;
    return {
      ...changed,
      status: 'escalated',
      barrierIds: [...changed.barrierIds, nationalBarrierId],
      escalated: { ...when, nationalBarrierId, escalatedBy, rationale },
    };
  }
  const { rationale, learning, nextStep } = event.data;
  return { ...changed, escalationClosed: { ...when, rationale, learning, nextStep } };
};

export const evolveSmallChange = (
  document: SmallChangeDocument | undefined,
  event: SmallChangeEvent,
  record: LedgerRecord,
  isPractitioner: (participantId: string) => boolean,
): SmallChangeDocument | undefined => {
  const when = whenOf(record);
  if (event.type === 'SmallChangeProposed') return proposedDocument(event, when, isPractitioner);
  if (!document) return undefined;
  if (event.type === 'OccurredDateCorrected') return correctedBy(document, event);
  const changed = { ...document, lastChangedAt: when.occurredAt, lastChangedEventId: when.eventId };
  switch (event.type) {
    case 'SmallChangeAgreed':
    case 'SmallChangeDeclined':
      return evolveDecision(changed, event, when);
    case 'SmallChangeImplemented':
    case 'SmallChangeReviewed':
    case 'SmallChangeAdapted':
    case 'SmallChangeReverted':
      return evolveInEffect(changed, event, when);
    case 'SmallChangeEscalated':
    case 'SmallChangeEscalationClosed':
      return evolveEscalation(changed, event, when);
    default:
      return unhandled(event);
  }
};
