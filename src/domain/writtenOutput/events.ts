/**
 * The five written outputs a programme promises, and their delivery. The documents themselves are
 * views over the programme's events (src/projections/writtenOutputs); what is recorded here is
 * only that one was handed over: when (business time), to whom (an audience, never a person's name).
 */
import type { Command, Event } from '../shared/command';

export const WRITTEN_OUTPUTS = [
  'insights',
  'changeRecord',
  'blueprint',
  'implementation',
  'caseStudy',
] as const;
export type WrittenOutputKind = (typeof WRITTEN_OUTPUTS)[number];

/** What each output is called in words (the journey, messages, document titles). */
export const OUTPUT_NAMES: Readonly<Record<WrittenOutputKind, string>> = {
  insights: 'insights document',
  changeRecord: 'record of changes to processes and structures',
  blueprint: 'blueprint document',
  implementation: 'implementation record',
  caseStudy: 'methodology case study',
};

export type WrittenOutputEvent = Event<
  'WrittenOutputDelivered',
  {
    programmeId: string;
    output: WrittenOutputKind;
    /** Who received it, described as a group (e.g. "the senior leadership team"): no personal data. */
    audience: string;
    /** A later delivery of an output already delivered, with its reason. */
    reissue: boolean;
    rationale: string | null;
  }
>;

export type WrittenOutputCommand = Command<
  'MarkWrittenOutputDelivered',
  {
    programmeId: string;
    output: WrittenOutputKind;
    audience: string;
    reissue?: boolean | null;
    rationale?: string | null;
  }
>;

export const WRITTEN_OUTPUT_COMMAND_TYPES: readonly WrittenOutputCommand['type'][] = [
  'MarkWrittenOutputDelivered',
];

/** One stream per programme: the day each output was last delivered. */
export interface WrittenOutputs {
  readonly delivered: Readonly<Partial<Record<WrittenOutputKind, string>>>;
}

export const noDeliveries: WrittenOutputs = { delivered: {} };
