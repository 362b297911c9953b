/**
 * Records the demo programme through the command handler, exactly as callers of the API would:
 * each step is a command with its actor, business date and a command id of its own, so that a
 * demo interrupted part-way is completed by recording it again, with nothing recorded twice.
 */
import type { LedgerCommandRequest } from '../domain/ledger';
import type { CommandHandler } from '../application/commandHandler';
import { joinParticipant, type JoinParticipantRequest } from '../application/joinParticipant';
import type { PersonalDataRegister } from '../application/ports/personalDataRegister';
import { sensemakingAndBlueprint } from './chapters/blueprint';
import { experiments } from './chapters/experiments';
import { feedbackAndFailure } from './chapters/feedback';
import { implementationAndTeams } from './chapters/implementation';
import { launch } from './chapters/launch';
import { oakbrookAdaptsHarrowmere } from './chapters/oakbrook';
import { outputs } from './chapters/outputs';
import { rhythm } from './chapters/rhythm';
import { smallChanges } from './chapters/smallChanges';
import { actorOf, inDateOrder, type DemoStep, type EventOf } from './steps';

/**
 * Harrowmere first, then Oakbrook, which adapts Harrowmere's published blueprint: a ledger on
 * which an earlier demo (Harrowmere alone) was interrupted keeps its steps' command ids.
 */
export const demoSteps = (): DemoStep[] => [
  ...inDateOrder(
    launch(),
    smallChanges(),
    sensemakingAndBlueprint(),
    experiments(),
    rhythm(),
    feedbackAndFailure(),
    outputs(),
    implementationAndTeams(),
  ),
  ...inDateOrder(oakbrookAdaptsHarrowmere()),
];

/** The step's data with each `eventOf(label)` replaced by the id of the event that step recorded. */
const withEventIds = (data: Record<string, unknown>, recorded: ReadonlyMap<string, string>) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const label = (value as Partial<EventOf> | null)?.eventOf;
      return [key, label === undefined ? value : recorded.get(label)];
    }),
  );

/** Records every step in business-date order; returns how many events the ledger recorded. */
export const recordDemoProgramme = async (
  handler: CommandHandler,
  register: PersonalDataRegister,
): Promise<number> => {
  let recorded = 0;
  const labelled = new Map<string, string>();
  for (const [n, { on, by, type, data, label }] of demoSteps().entries()) {
    const options = { actor: actorOf(by), occurredAt: on, commandId: `demo-${n + 1}` };
    const result =
      type === 'JoinParticipant'
        ? await joinParticipant(handler, register, data as unknown as JoinParticipantRequest, options)
        : await handler.execute(
            { type, data: withEventIds(data, labelled) } as LedgerCommandRequest,
            options,
          );
    if (!result.alreadyApplied) recorded += result.events.length;
    if (label) labelled.set(label, result.events[0]!.id);
  }
  return recorded;
};
