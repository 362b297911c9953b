import type { Learning } from '../shared/citation';
import type { Command, Event } from '../shared/command';
import type { CorrectDate, OccurredDateCorrected } from '../shared/dateCorrection';

export const BARRIER_KINDS = ['process', 'structure', 'culture', 'technology', 'rule'] as const;
export type BarrierKind = (typeof BARRIER_KINDS)[number];

/** Local: within the LA's power. National: needs regulation or legislation to change. */
export const BARRIER_SCOPES = ['local', 'national'] as const;
export type BarrierScope = (typeof BARRIER_SCOPES)[number];

export const BARRIER_SOURCES = ['smallChange', 'sensemaking', 'survey', 'review', 'other'] as const;
export interface BarrierSource {
  readonly kind: (typeof BARRIER_SOURCES)[number];
  /** The small change, review or survey round it came from, when there is one. */
  readonly id?: string;
}

export type BarrierEvent =
  | Event<
      'BarrierIdentified',
      {
        barrierId: string;
        programmeId: string;
        title: string;
        description: string;
        kind: BarrierKind;
        scope: BarrierScope;
        source: BarrierSource;
        identifiedBy: string[];
      }
    >
  | Event<
      'BarrierRescoped',
      { barrierId: string; programmeId: string; scope: BarrierScope; rationale: string }
    >
  | Event<'BarrierResolved', { barrierId: string; programmeId: string; resolution: string }>
  /** The programme could not resolve it: why, what was learnt, what was done next. It still stands. */
  | Event<'BarrierNotResolved', { barrierId: string; programmeId: string; rationale: string } & Learning>
  | OccurredDateCorrected;

type P<T> = { programmeId: string; barrierId: string } & T;

export type BarrierCommand =
  | Command<
      'IdentifyBarrier',
      P<{
        title: string;
        description: string;
        kind: BarrierKind;
        scope: BarrierScope;
        source: BarrierSource;
        identifiedBy: string[];
      }>
    >
  | Command<'RescopeBarrier', P<{ scope: BarrierScope; rationale: string }>>
  | Command<'ResolveBarrier', P<{ resolution: string }>>
  | Command<'RecordBarrierNotResolved', P<{ rationale: string } & Learning>>
  /** A step of this barrier was recorded with the wrong occurred date. */
  | CorrectDate<'CorrectBarrierDate', { barrierId: string }>;

export const BARRIER_COMMAND_TYPES: readonly BarrierCommand['type'][] = [
  'IdentifyBarrier',
  'RescopeBarrier',
  'ResolveBarrier',
  'RecordBarrierNotResolved',
  'CorrectBarrierDate',
];
