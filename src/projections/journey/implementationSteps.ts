/** How blueprint elements' implementation, and participants' team moves, read in the journey. */
import type { ElementImplementationEvent } from '../../domain/blueprint/implementation';
import type { ProgrammeEvent } from '../../domain/programme/events';
import { participantIn } from '../programme';
import { day, quoted, sentence, withArticle, words } from '../words';
import { people, type Describers, type Naming } from './naming';

const elementLink = (elementId: string, { context }: Naming) => {
  const title = context.blueprint()?.elements.find((element) => element.elementId === elementId)?.title;
  return {
    link: { kind: 'blueprintElement', id: elementId, label: title },
    title: quoted(title ?? elementId),
  };
};

const plannedDates = (start: string | null, done: string | null) =>
  [start && `to start ${day(start)}`, done && `to be implemented by ${day(done)}`]
    .filter(Boolean)
    .join(' and ');

export const IMPLEMENTATION_STEPS: Describers<ElementImplementationEvent> = {
  ElementImplementationPlanned: ({ data }, naming) => {
    const { link, title } = elementLink(data.elementId, naming);
    const level = participantIn(naming.programme, data.ownerId)?.level ?? 'unknown';
    const dates = plannedDates(data.plannedStartOn, data.plannedImplementedBy);
    return {
      summary: sentence(
        `Implementation of blueprint element ${title} ${data.rationale ? 're-planned' : 'planned'}, owned by a ${words(level)}-level participant${dates ? `, ${dates}` : ''}`,
      ),
      rationale: data.rationale,
      links: [link, ...people([data.ownerId])],
    };
  },
  ElementImplementationStarted: ({ data }, naming) => {
    const { link, title } = elementLink(data.elementId, naming);
    return { summary: `Implementation of blueprint element ${title} started.`, links: [link] };
  },
  ElementImplementationPaused: ({ data }, naming) => {
    const { link, title } = elementLink(data.elementId, naming);
    return {
      summary: `Implementation of blueprint element ${title} paused.`,
      rationale: data.rationale,
      links: [link],
    };
  },
  ElementImplementationResumed: ({ data }, naming) => {
    const { link, title } = elementLink(data.elementId, naming);
    return {
      summary: `Implementation of blueprint element ${title} resumed.`,
      rationale: data.rationale,
      links: [link],
    };
  },
  ElementImplemented: ({ data }, naming) => {
    const { link, title } = elementLink(data.elementId, naming);
    return { summary: sentence(`Blueprint element ${title} implemented: ${data.summary}`), links: [link] };
  },
  BlueprintElementRetired: ({ data }, naming) => {
    const { link, title } = elementLink(data.elementId, naming);
    return {
      summary: sentence(
        `Blueprint element ${title} retired; learning: ${data.learning.replace(/[.!?]$/, '')}; next: ${data.nextStep}`,
      ),
      rationale: data.rationale,
      links: [link],
    };
  },
};

type Moved = Extract<ProgrammeEvent, { type: 'ParticipantMovedTeam' }>;

export const MEMBERSHIP_STEPS: Describers<Moved> = {
  ParticipantMovedTeam: ({ data }, { programme, team }) => {
    const participant = participantIn(programme, data.participantId);
    const from = data.fromTeamId ? team(data.fromTeamId) : 'no team';
    return {
      summary: sentence(
        `${withArticle(words(participant?.role ?? 'participant'))} moved from ${from} to ${team(data.toTeamId)}`,
      ),
      rationale: data.reason,
      teamId: data.toTeamId,
      links: people([data.participantId]),
    };
  },
};
