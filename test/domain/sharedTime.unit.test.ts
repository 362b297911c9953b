/**
 * The shared time rules, at their boundaries: a date without a time against a timestamp, the same
 * instant, the clock skew a client's "now" may be ahead of the server, the refusals of a date
 * correction, and which steps a corrected date must stay in order with.
 */
import {
  occursBefore,
  requireNewStepsInOrder,
  requireStillInOrder,
  type BusinessTime,
  type Ordering,
  type Step,
} from '../../src/domain/shared/businessTime';
import type { Event } from '../../src/domain/shared/command';
import { commandContext, requireNotInFuture } from '../../src/domain/shared/context';
import { decideDateCorrection } from '../../src/domain/shared/dateCorrection';
import { refusalOf as refusal } from './refusals';

describe('which of two dates occurs before the other', () => {
  it.each([
    ['2021-10-04', '2021-10-05', true],
    ['2021-10-05', '2021-10-05', false],
    ['2021-10-05', '2021-10-05T09:00:00Z', false],
    ['2021-10-05T23:59:59Z', '2021-10-05', false],
    ['2021-10-04T23:59:59Z', '2021-10-05', true],
    ['2021-10-05T09:00:00Z', '2021-10-05T09:00:00Z', false],
    ['2021-10-05T09:00Z', '2021-10-05T09:00:00.000Z', false],
    ['2021-10-05T08:59:59.999Z', '2021-10-05T09:00:00Z', true],
  ])('%s before %s is %s', (a, b, expected) => {
    expect(occursBefore(a, b)).toBe(expected);
  });
});

const RECORDED = '2021-10-05T10:00:00Z';
const future = (occurredAt: string, what?: string) =>
  `${what ?? 'occurred at'} (${occurredAt}) is in the future; record things once they have happened`;

describe('nothing occurs more than five minutes after it is recorded', () => {
  it('accepts a time exactly five minutes ahead of the server', () => {
    expect(requireNotInFuture('2021-10-05T10:05:00.000Z', RECORDED)).toBeUndefined();
    expect(commandContext({ id: 'u', role: 'DIRECTOR' }, RECORDED, '2021-10-05T10:05:00Z').occurredAt).toBe(
      '2021-10-05T10:05:00Z',
    );
  });

  it('refuses a time one millisecond beyond five minutes ahead', () => {
    expect(refusal(() => requireNotInFuture('2021-10-05T10:05:00.001Z', RECORDED))).toEqual({
      name: 'ValidationError',
      rule: 'OccurredNotInFuture',
      message: future('2021-10-05T10:05:00.001Z'),
    });
  });

  it('names what is in the future when told', () => {
    expect(refusal(() => requireNotInFuture('2021-10-06', RECORDED, 'held at')).message).toBe(
      future('2021-10-06', 'held at'),
    );
  });
});

describe('the context of a command', () => {
  const actor = { id: 'user-1', role: 'DIRECTOR' };

  it('dates a command at its recording when no occurred time is given', () => {
    expect(commandContext(actor, RECORDED)).toEqual({ actor, recordedAt: RECORDED, occurredAt: RECORDED });
  });

  it('keeps an occurred date in the past as given', () => {
    expect(commandContext(actor, RECORDED, '2021-09-28')).toEqual({
      actor,
      recordedAt: RECORDED,
      occurredAt: '2021-09-28',
    });
  });

  it.each([
    [
      'an occurred time that is not a date',
      'last Tuesday',
      'ValidDate',
      'occurred at must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "last Tuesday"',
    ],
    ['an occurred date tomorrow', '2021-10-06', 'OccurredNotInFuture', future('2021-10-06')],
  ])('refuses %s', (_what, occurredAt, rule, message) => {
    expect(refusal(() => commandContext(actor, RECORDED, occurredAt))).toEqual({
      name: 'ValidationError',
      rule,
      message,
    });
  });
});

const step = (eventId: string, type: string, occurredAt: string, baseline?: boolean): Step => ({
  eventId,
  type,
  occurredAt,
  thread: 'item',
  ...(baseline ? { baseline } : {}),
});
/** Every step keeps the order it was recorded in. */
const inRecordedOrder: Ordering = (earlier, later) => ({
  rule: 'InOrder',
  message: `${later.type} on ${later.occurredAt} before ${earlier.type} on ${earlier.occurredAt}`,
});
const time: BusinessTime<Event<string, unknown>> = { thread: () => 'item', ordering: inRecordedOrder };

describe('new steps keep the order with the recorded ones', () => {
  const steps = [step('e1', 'Agreed', '2021-10-10')];

  it('lets a date correction through whatever its date', () => {
    const events = [{ type: 'OccurredDateCorrected', data: {} }];
    expect(requireNewStepsInOrder(time, steps, events, '2021-10-05')).toEqual(events);
  });

  it('refuses another new step dated before a step it follows', () => {
    const events = [{ type: 'Implemented', data: {} }];
    expect(refusal(() => requireNewStepsInOrder(time, steps, events, '2021-10-05'))).toEqual({
      name: 'ValidationError',
      rule: 'InOrder',
      message: 'Implemented on 2021-10-05 before Agreed on 2021-10-10',
    });
  });
});

describe('a corrected date stays in order', () => {
  it('is checked against the steps before it as earlier, and those after it as later', () => {
    const steps = [
      step('e1', 'Proposed', '2021-10-01'),
      step('e2', 'Agreed', '2021-10-05'),
      step('e3', 'Implemented', '2021-10-10'),
    ];
    const corrected = { ...steps[1]!, occurredAt: '2021-10-08' };
    expect(requireStillInOrder(steps, corrected, [], inRecordedOrder)).toBeUndefined();
  });

  it('ignores the old date of a follower recorded before it, which moves with it', () => {
    const steps = [step('e1', 'Decided', '2021-10-05'), step('e2', 'Held', '2021-10-05')];
    const corrected = { ...steps[1]!, occurredAt: '2021-10-03' };
    expect(requireStillInOrder(steps, corrected, [steps[0]!], inRecordedOrder)).toBeUndefined();
  });
});

describe('correcting when something occurred', () => {
  const START = '2021-09-01';
  const context = { actor: { id: 'user-1', role: 'DIRECTOR' }, recordedAt: RECORDED, occurredAt: RECORDED };
  const item = { kind: 'smallChange' as const, id: 'sc-notes' };
  const steps = [step('e1', 'SmallChangeAgreed', '2021-10-04')];
  const correct = (correctOccurredAt: string, rationale = 'The rota shows it', on = steps, start = START) =>
    decideDateCorrection(
      { programmeId: 'programme-fenmoor', eventId: on[0]!.eventId, correctOccurredAt, rationale },
      context,
      item,
      on,
      time,
      start,
    );

  it.each([
    [
      'a correct date that is not a date',
      () => correct('2021-13-01'),
      'ValidDate',
      'correct occurred at must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "2021-13-01"',
    ],
    [
      'a correct date in the future',
      () => correct('2021-10-06'),
      'OccurredNotInFuture',
      'the correct occurred at (2021-10-06) is in the future; record things once they have happened',
    ],
    [
      'the date the step already has',
      () => correct('2021-10-04'),
      'CorrectionChangesTheDate',
      'The SmallChangeAgreed is already dated 2021-10-04; a correction gives it another date',
    ],
    [
      'a correction without a rationale',
      () => correct('2021-10-03', ' '),
      'RationaleRequired',
      'A rationale is required when correcting when something occurred',
    ],
    [
      'a step moved before the programme starts',
      () => correct('2021-08-31'),
      'NotBeforeProgrammeStart',
      'The SmallChangeAgreed being corrected is dated 2021-08-31, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    ],
  ])('refuses %s', (_what, act, rule, message) => {
    expect(refusal(act)).toEqual({ name: 'ValidationError', rule, message });
  });

  it('moves the launch of a programme before the start date it was launched with', () => {
    const launched = [step('e0', 'ProgrammeLaunched', '2021-09-01')];
    expect(correct('2021-08-25', 'Launched at the August board', launched, '2021-09-01').data).toEqual({
      programmeId: 'programme-fenmoor',
      item,
      eventId: 'e0',
      eventType: 'ProgrammeLaunched',
      wrongOccurredAt: '2021-09-01',
      correctOccurredAt: '2021-08-25',
      rationale: 'Launched at the August board',
      followers: [],
    });
  });
});
