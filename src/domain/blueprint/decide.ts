import { LIMITS } from '../shared/limits';
import { requireNewStepsInOrder, stepOf } from '../shared/businessTime';
import { unhandled } from '../shared/command';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { requireNonEmpty, requireOneOf, requireRationale, requireText } from '../shared/validation';
import { openProgrammeOn, requireBarriers, requireEvidence, requireParticipants, type Facts } from '../facts';
import { requireParticipantsOn } from '../programme/membership';
import type { ProgrammeDetails } from '../programme/state';
import type { BlueprintCommand } from './commands';
import {
  ELEMENT_KINDS,
  type BlueprintEvent,
  type Element,
  type ElementContent,
  type Evidence,
} from './events';
import { decideImplementation } from './decideImplementation';
import { latestVersion, type Blueprint } from './state';
import { mayComeBefore } from './stepOrder';
import { blueprintTime } from './time';

type Working = Exclude<Blueprint, { status: 'None' }>;
type Cmd<T extends BlueprintCommand['type']> = Extract<BlueprintCommand, { type: T }>;

const working = (state: Blueprint): Working => {
  if (state.status === 'None')
    throw new NotFoundError(
      'BlueprintDrafted',
      'This programme has no blueprint yet: draft or derive one first',
    );
  return state;
};

const elementContent = (
  facts: Facts,
  programme: ProgrammeDetails,
  data: ElementContent & { elementId: string },
): Element => {
  requireBarriers(facts, requireNonEmpty(data.barrierIds, 'barriers addressed'), programme.id);
  requireParticipants(programme, requireNonEmpty(data.ownerIds, 'element owners'), 'element owners');
  return {
    elementId: requireText(data.elementId, 'element id', 100),
    kind: requireOneOf(data.kind, ELEMENT_KINDS, 'element kind'),
    title: requireText(data.title, 'element title', LIMITS.title),
    description: requireText(data.description, 'element description'),
    barrierIds: data.barrierIds,
    ownerIds: data.ownerIds,
  };
};

/** DOMAIN: after the first version every change to an element is an adaptation and must carry a rationale. */
const changeReasons = (
  facts: Facts,
  blueprint: Working,
  data: { rationale?: string; evidence?: Evidence[] },
  doing: string,
) => {
  const evidence = data.evidence ?? [];
  requireEvidence(facts, blueprint.programmeId, evidence);
  const rationale =
    latestVersion(blueprint) >= 1
      ? requireRationale(data.rationale, `${doing} after version 1 has been published`)
      : data.rationale?.trim() || null;
  return { rationale, evidence };
};

const coOwners = (programme: ProgrammeDetails, ids: string[]) => {
  requireParticipants(programme, requireNonEmpty(ids, 'co-owners'), 'co-owners');
  return ids;
};

const derive = (
  { data }: Cmd<'DeriveBlueprint'>,
  facts: Facts,
  programme: ProgrammeDetails,
): BlueprintEvent => {
  if (data.sourceProgrammeId === programme.id)
    throw new ValidationError(
      'DeriveFromAnotherProgramme',
      'A blueprint is derived from another programme, not from itself',
    );
  const source = facts.blueprints.get(data.sourceProgrammeId);
  const version =
    source?.status === 'Working' ? source.versions.find((v) => v.version === data.sourceVersion) : undefined;
  if (!version) {
    throw new NotFoundError(
      'DeriveFromPublishedVersion',
      `Programme ${data.sourceProgrammeId} has no published blueprint version ${data.sourceVersion}`,
    );
  }
  // The source's owners and barriers belong to the other programme: derived elements start with this programme's co-owners.
  const ownerIds = coOwners(programme, data.coOwnerIds);
  const elements = version.elements.map((element) => ({ ...element, barrierIds: [], ownerIds }));
  return {
    type: 'BlueprintDerived',
    data: {
      programmeId: programme.id,
      coOwnerIds: ownerIds,
      source: { programmeId: data.sourceProgrammeId, version: version.version },
      elements,
    },
  };
};

/** DOMAIN: a version needs endorsing co-owners from at least two levels, one of them practitioner. */
const publish = (
  { data, context }: Cmd<'PublishBlueprintVersion'>,
  blueprint: Working,
  programme: ProgrammeDetails,
): BlueprintEvent => {
  if (blueprint.elements.size === 0)
    throw new IllegalStateError('VersionHasElements', 'A blueprint version needs at least one element');
  // A derived element arrives without barriers (those belonged to the source programme): it must be adapted here first.
  const unanchored = blueprint.elements.find((element) => element.barrierIds.length === 0);
  if (unanchored) {
    throw new ValidationError(
      'ElementsAddressBarriers',
      `Element "${unanchored.title}" addresses no barrier of this programme yet; adapt it before publishing`,
    );
  }
  if (!blueprint.changedSinceLastVersion)
    throw new IllegalStateError(
      'VersionHasChanges',
      `Nothing has changed since version ${latestVersion(blueprint)}`,
    );
  // DOMAIN: co-ownership across levels counts who was in the programme on the version's date.
  const endorsers = requireParticipantsOn(
    programme,
    requireNonEmpty(data.endorsedBy, 'endorsed by'),
    context.occurredAt,
    'EndorsersInProgrammeAtTheTime',
    'endorsed by',
  );
  const notCoOwner = data.endorsedBy.find((id) => !blueprint.coOwnerIds.includes(id));
  if (notCoOwner)
    throw new ValidationError(
      'EndorsersAreCoOwners',
      `${notCoOwner} is not a co-owner of the blueprint and cannot endorse it`,
    );
  const levels = new Set(endorsers.map((endorser) => endorser.level));
  if (levels.size < 2 || !levels.has('practitioner')) {
    throw new ValidationError(
      'VersionEndorsedAcrossLevels',
      'A blueprint version must be endorsed by co-owners from at least two levels, one of them practitioner',
    );
  }
  const summary = requireText(data.summary, 'summary');
  return {
    type: 'BlueprintVersionPublished',
    data: {
      programmeId: programme.id,
      version: latestVersion(blueprint) + 1,
      summary,
      endorsedBy: data.endorsedBy,
    },
  };
};

export const decideBlueprint = (
  command: BlueprintCommand,
  state: Blueprint,
  facts: Facts,
): BlueprintEvent[] => {
  const programme = openProgrammeOn(facts.programme, command.context);
  const decided = decideOnBlueprint(command, state, facts, programme);
  const { occurredAt } = command.context;
  // The steps are searched only when the index says the change might come before one it must follow.
  const next = stepOf(blueprintTime, decided, { eventId: '(new)', occurredAt });
  const steps = state.status !== 'None' && mayComeBefore(state.order, next) ? state.steps.toArray() : [];
  return requireNewStepsInOrder(blueprintTime, steps, [decided], occurredAt);
};

const addElement = (
  { data }: Cmd<'AddBlueprintElement'>,
  blueprint: Working,
  facts: Facts,
  programme: ProgrammeDetails,
): BlueprintEvent => {
  if (blueprint.usedElementIds.has(data.elementId))
    throw new IllegalStateError('IdNotInUse', `Element ${data.elementId} already exists in this blueprint`);
  const element = elementContent(facts, programme, data);
  const reasons = changeReasons(facts, blueprint, data, 'adding an element');
  return { type: 'BlueprintElementAdded', data: { programmeId: programme.id, ...element, ...reasons } };
};

const reviseElement = (
  { data }: Cmd<'ReviseBlueprintElement'>,
  blueprint: Working,
  facts: Facts,
  programme: ProgrammeDetails,
): BlueprintEvent => {
  if (!blueprint.elements.has(data.elementId))
    throw new NotFoundError('ElementInBlueprint', `Element ${data.elementId} is not in this blueprint`);
  const element = elementContent(facts, programme, data);
  const reasons = changeReasons(facts, blueprint, data, 'revising an element');
  return { type: 'BlueprintElementRevised', data: { programmeId: programme.id, ...element, ...reasons } };
};

const removeElement = (
  { data }: Cmd<'RemoveBlueprintElement'>,
  blueprint: Working,
  facts: Facts,
): BlueprintEvent => {
  const { programmeId, elementId } = data;
  if (!blueprint.elements.has(elementId))
    throw new NotFoundError('ElementInBlueprint', `Element ${elementId} is not in this blueprint`);
  const evidence = data.evidence ?? [];
  requireEvidence(facts, programmeId, evidence);
  const rationale = requireRationale(data.rationale, 'removing an element');
  return { type: 'BlueprintElementRemoved', data: { programmeId, elementId, rationale, evidence } };
};

const decideOnBlueprint = (
  command: BlueprintCommand,
  state: Blueprint,
  facts: Facts,
  programme: ProgrammeDetails,
): BlueprintEvent => {
  const programmeId = programme.id;
  switch (command.type) {
    case 'DraftBlueprint':
      if (state.status !== 'None')
        throw new IllegalStateError('OneBlueprintPerProgramme', 'This programme already has a blueprint');
      return {
        type: 'BlueprintDrafted',
        data: { programmeId, coOwnerIds: coOwners(programme, command.data.coOwnerIds) },
      };
    case 'DeriveBlueprint':
      if (state.status !== 'None')
        throw new IllegalStateError('OneBlueprintPerProgramme', 'This programme already has a blueprint');
      return derive(command, facts, programme);
    case 'AddBlueprintCoOwner': {
      const blueprint = working(state);
      const { participantId } = command.data;
      if (blueprint.coOwnerIds.includes(participantId))
        throw new IllegalStateError('CoOwnerOnce', `${participantId} is already a co-owner`);
      requireParticipants(programme, [participantId], 'co-owner');
      return { type: 'BlueprintCoOwnerAdded', data: { programmeId, participantId } };
    }
    case 'AddBlueprintElement':
      return addElement(command, working(state), facts, programme);
    case 'ReviseBlueprintElement':
      return reviseElement(command, working(state), facts, programme);
    case 'RemoveBlueprintElement':
      return removeElement(command, working(state), facts);
    case 'PublishBlueprintVersion':
      return publish(command, working(state), programme);
    case 'CorrectBlueprintDate': {
      const item = { kind: 'blueprint', id: programmeId } as const;
      const steps = working(state).steps.toArray();
      return decideDateCorrection(
        command.data,
        command.context,
        item,
        steps,
        blueprintTime,
        programme.startDate,
      );
    }
    case 'PlanElementImplementation':
    case 'StartElementImplementation':
    case 'PauseElementImplementation':
    case 'ResumeElementImplementation':
    case 'CompleteElementImplementation':
    case 'RetireBlueprintElement':
      return decideImplementation(command, working(state), programme);
    default:
      return unhandled(command);
  }
};
