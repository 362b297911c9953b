/**
 * What the command-path tests of a metric series share: the demo fixture's programme recorded
 * through a handler, and the commands that record and correct one of its measurements.
 */
import type { CommandHandler, CommandOptions } from '../../src/application/commandHandler';
import type { LedgerCommandRequest } from '../../src/domain/ledger';
import { MANAGER, METRIC, P, programmeHistory } from '../domain/fixtures';

export const leader: CommandOptions = { actor: { id: MANAGER, role: 'leader' }, occurredAt: '2022-03-14' };

const COMMAND_FOR: Record<string, string> = {
  ProgrammeLaunched: 'LaunchProgramme',
  TeamEnrolled: 'EnrolTeam',
  ParticipantJoined: 'JoinParticipant',
  ParticipantLeft: 'RecordParticipantLeft',
  OutcomeDefined: 'DefineOutcome',
  MetricDefined: 'DefineMetric',
};

/** The fixture programme (its teams, participants, outcome and metric), recorded as commands. */
export const setUpProgramme = async (handler: CommandHandler): Promise<void> => {
  for (const event of programmeHistory) {
    const data = Object.fromEntries(Object.entries(event.data).filter(([, value]) => value !== null));
    await handler.execute({ type: COMMAND_FOR[event.type], data } as LedgerCommandRequest, leader);
  }
};

export const record = (measurementId: string): LedgerCommandRequest =>
  ({
    type: 'RecordMeasurement',
    data: {
      programmeId: P,
      metricId: METRIC,
      measurementId,
      value: 22,
      periodStart: '2022-01-03',
      periodEnd: '2022-01-14',
      source: { kind: 'timeDiary' },
    },
  }) as LedgerCommandRequest;

export const correct = (measurementId: string, supersedes: string): LedgerCommandRequest =>
  ({
    type: 'CorrectMeasurement',
    data: {
      programmeId: P,
      metricId: METRIC,
      measurementId,
      supersedes,
      value: 24,
      reason: 'Diaries missed',
    },
  }) as LedgerCommandRequest;
