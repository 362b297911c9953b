/**
 * A long, random but plausible history recorded through the command handler: programmes with
 * teams and people, barriers, small changes through their lifecycle, experiments, reviews,
 * measurements with corrections, survey rounds and a blueprint with versions. The domain refuses
 * what does not fit; refusals record nothing and are counted.
 */
import type { LedgerCommandRequest } from '../../src/domain/ledger';
import { DomainError } from '../../src/domain/shared/errors';
import { addDays } from '../../src/projections/dates';
import type { CommandHandler } from '../../src/application/commandHandler';

/** A small seeded generator (mulberry32), so a failing history can be replayed. */
export const seeded = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
  return { next, pick };
};

export interface RandomHistoryOptions {
  readonly programmes: number;
  /** Commands attempted per programme after its set-up. */
  readonly steps: number;
  readonly seed?: number;
  /** Number of the first programme, so that several writers can share one log. */
  readonly firstProgramme?: number;
  /** Called after each command that recorded something. */
  readonly afterCommand?: (position: bigint) => void | Promise<void>;
  /** The chance that a step starts a new business day (0.3 by default); lower packs long histories into the past. */
  readonly newDayChance?: number;
}

/** Weeks over which programmes' start dates are spread before they start again from the first. */
const PROGRAMME_STARTS = 150;

const PEOPLE = [
  { id: 'sw', role: 'socialWorker', level: 'practitioner' },
  { id: 'ps', role: 'practiceSupervisor', level: 'practitioner' },
  { id: 'tm', role: 'teamManager', level: 'manager' },
  { id: 'dir', role: 'director', level: 'seniorLeader' },
] as const;

export const recordRandomHistory = async (handler: CommandHandler, options: RandomHistoryOptions) => {
  const random = seeded(options.seed ?? 7);
  let recorded = 0;
  let refused = 0;
  const first = options.firstProgramme ?? 1;
  for (let p = first; p < first + options.programmes; p += 1) {
    const programmeId = `programme-random-${p}`;
    const person = (id: string) => `${programmeId}-person-${id}`;
    // A week apart, over about three years: programme 150 starts where programme 0 would, so that
    // a long bench history (1,000,000 events is about 520 programmes) is never recorded ahead of today.
    const start = addDays('2021-01-04', (p % PROGRAMME_STARTS) * 7);
    let day = 0;
    const run = async (type: string, data: Record<string, unknown>, actor = 'sw') => {
      try {
        const result = await handler.execute(
          { type, data: { programmeId, ...data } } as LedgerCommandRequest,
          {
            actor: { id: person(actor), role: actor === 'dir' ? 'leader' : 'practitioner' },
            occurredAt: addDays(start, day),
          },
        );
        recorded += result.events.length;
        await options.afterCommand?.(result.lastPosition);
        return true;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused += 1;
        return false;
      }
    };
    await run(
      'LaunchProgramme',
      {
        name: `Random programme ${p}`,
        localAuthority: `Borough ${p} (fictional)`,
        scope: 'Two teams',
        startDate: start,
        plannedDurationMonths: 15,
        smallChangeTarget: { count: 10, withinWeeks: 8 },
      },
      'dir',
    );
    for (const team of ['north', 'south'])
      await run('EnrolTeam', { teamId: `team-${team}`, name: team, kind: 'statutory' }, 'dir');
    for (const { id, role, level } of PEOPLE)
      await run(
        'JoinParticipant',
        {
          participantId: person(id),
          teamId: level === 'seniorLeader' ? undefined : 'team-north',
          role,
          level,
        },
        'dir',
      );
    await run('DefineOutcome', { outcomeId: 'outcome-time', title: 'Time with families' }, 'dir');
    await run(
      'DefineMetric',
      {
        metricId: `${programmeId}-metric-time`,
        outcomeId: 'outcome-time',
        name: '% of time with families',
        unit: '%',
        direction: 'higherIsBetter',
        baseline: 20,
        target: 30,
        cadence: 'fortnightly',
        howWouldWeKnow: 'survey',
      },
      'dir',
    );
    await run('StartPhase', { phaseId: 'vision' }, 'dir');
    await run('SetVision', { statement: 'Time with families', coAuthorIds: [person('sw'), person('dir')] });
    await run('StartPhase', { phaseId: 'smallChanges' }, 'dir');
    await run('DraftBlueprint', { coOwnerIds: [person('sw'), person('tm'), person('dir')] });

    const barriers: string[] = [];
    const changes = new Map<string, string>();
    const experiments = new Map<string, string>();
    const measurements: string[] = [];
    const elements: string[] = [];
    const decisions: { reviewId: string; decisionId: string }[] = [];
    const concluded: string[] = [];
    let counter = 0;
    const fresh = (kind: string) => `${programmeId}-${kind}-${(counter += 1)}`;
    const inState = (map: Map<string, string>, ...states: string[]) =>
      random.pick([...map].filter(([, state]) => states.includes(state)).map(([id]) => id));

    for (let step = 0; step < options.steps; step += 1) {
      if (random.next() < (options.newDayChance ?? 0.3)) day += 1;
      const roll = random.next();
      const changeId = inState(changes, 'proposed');
      if (barriers.length < 2 || roll < 0.05) {
        const barrierId = fresh('barrier');
        if (
          await run('IdentifyBarrier', {
            barrierId,
            title: `Barrier ${counter}`,
            description: 'd',
            kind: 'process',
            scope: 'local',
            source: { kind: 'sensemaking' },
            identifiedBy: [person('sw')],
          })
        )
          barriers.push(barrierId);
      } else if (roll < 0.3) {
        const id = fresh('change');
        if (
          await run('ProposeSmallChange', {
            smallChangeId: id,
            teamId: random.pick(['team-north', 'team-south']),
            title: `Change ${counter}`,
            description: 'd',
            proposedBy: [person(random.pick(['sw', 'ps', 'tm'])!)],
            barrierIds: [random.pick(barriers)],
          })
        )
          changes.set(id, 'proposed');
      } else if (roll < 0.42 && changeId) {
        const decline = random.next() < 0.2;
        if (
          await run(
            decline ? 'DeclineSmallChange' : 'AgreeSmallChange',
            decline
              ? { smallChangeId: changeId, declinedBy: [person('tm')], rationale: 'Not now' }
              : { smallChangeId: changeId, agreedBy: [person('tm')] },
            'tm',
          )
        )
          changes.set(changeId, decline ? 'declined' : 'agreed');
      } else if (roll < 0.43 && changeId) {
        if (
          await run('EscalateSmallChange', {
            smallChangeId: changeId,
            nationalBarrierId: fresh('national'),
            nationalBarrierTitle: 'Statutory rule',
            escalatedBy: [person('sw')],
            rationale: 'Needs national change',
          })
        )
          changes.set(changeId, 'escalated');
      } else if (roll < 0.52) {
        const id = inState(changes, 'agreed');
        if (id && (await run('ImplementSmallChange', { smallChangeId: id, whatChanged: 'In use' })))
          changes.set(id, 'inEffect');
      } else if (roll < 0.6) {
        const id = inState(changes, 'inEffect');
        const action = random.pick([
          'ReviewSmallChange',
          'ReviewSmallChange',
          'AdaptSmallChange',
          'RevertSmallChange',
        ])!;
        const data =
          action === 'ReviewSmallChange'
            ? {
                hoursFreedPerWeek: Math.round(random.next() * 40) / 10,
                practitionersNoticed: 'p',
                familiesNoticed: 'f',
                verdict: random.pick(['keep', 'adapt', 'revert']),
              }
            : action === 'AdaptSmallChange'
              ? { whatChanged: 'Adjusted', rationale: 'Feedback' }
              : { rationale: 'Did not help' };
        if (id && (await run(action, { smallChangeId: id, ...data }, 'tm')) && action === 'RevertSmallChange')
          changes.set(id, 'reverted');
      } else if (roll < 0.7) {
        const measurementId = fresh('measurement');
        const periodStart = addDays(start, Math.max(0, day - 13));
        if (
          await run(
            'RecordMeasurement',
            {
              metricId: `${programmeId}-metric-time`,
              measurementId,
              value: 15 + Math.round(random.next() * 20),
              periodStart,
              periodEnd: addDays(start, day),
              source: { kind: 'timeDiary' },
            },
            'tm',
          )
        )
          measurements.push(measurementId);
      } else if (roll < 0.72 && measurements.length) {
        const supersedes = measurements.splice(Math.floor(random.next() * measurements.length), 1)[0];
        const measurementId = fresh('measurement');
        if (
          await run(
            'CorrectMeasurement',
            {
              metricId: `${programmeId}-metric-time`,
              measurementId,
              supersedes,
              value: 25,
              reason: 'Late diaries',
            },
            'tm',
          )
        )
          measurements.push(measurementId);
      } else if (roll < 0.75) {
        await run('RecordSurveyRound', {
          surveyRoundId: fresh('survey'),
          audience: 'practitioners',
          respondents: 12,
          scores: [],
          themes: ['Time'],
          anonymisedQuotes: [],
        });
      } else if (roll < 0.8) {
        const reviewId = fresh('review');
        if (
          await run(
            'HoldReview',
            { reviewId, kind: 'monthlySeniorLeaderReview', attendeeIds: [person('dir'), person('tm')] },
            'dir',
          )
        ) {
          const decisionId = fresh('decision');
          if (
            await run(
              'RecordDecision',
              { reviewId, decisionId, decision: 'Carry on', rationale: 'Working', affects: [] },
              'dir',
            )
          )
            decisions.push({ reviewId, decisionId });
        }
      } else if (roll < 0.88) {
        const designed = inState(experiments, 'designed');
        const running = inState(experiments, 'running');
        if (running && random.next() < 0.5) {
          const stop = random.next() < 0.3;
          const ok = await run(
            stop ? 'StopExperiment' : 'ConcludeExperiment',
            stop
              ? { experimentId: running, rationale: 'Harmful', learning: 'l' }
              : {
                  experimentId: running,
                  result: random.pick(['supported', 'notSupported', 'inconclusive']),
                  learning: 'l',
                  nextStep: 'adapt',
                },
          );
          if (ok) {
            experiments.set(running, 'done');
            concluded.push(running);
          }
        } else if (designed) {
          if (await run('StartExperiment', { experimentId: designed })) experiments.set(designed, 'running');
        } else {
          const experimentId = fresh('experiment');
          if (
            await run('DesignExperiment', {
              experimentId,
              title: `Experiment ${counter}`,
              hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
              barrierIds: [random.pick(barriers)],
              measureIds: [],
              plannedStart: addDays(start, day),
              reviewDate: addDays(start, day + 30),
            })
          )
            experiments.set(experimentId, 'designed');
        }
      } else if (roll < 0.97) {
        const revise = elements.length > 0 && random.next() < 0.5;
        const evidence = [
          ...(random.next() < 0.5 && concluded.length
            ? [{ kind: 'experimentConclusion', id: random.pick(concluded) }]
            : []),
          ...(random.next() < 0.5 && decisions.length
            ? [
                {
                  kind: 'reviewDecision',
                  id: decisions.at(-1)!.reviewId,
                  decisionId: decisions.at(-1)!.decisionId,
                },
              ]
            : []),
        ];
        const elementId = revise ? random.pick(elements)! : fresh('element');
        const ok = await run(revise ? 'ReviseBlueprintElement' : 'AddBlueprintElement', {
          elementId,
          kind: 'processChange',
          title: `Element ${counter}`,
          description: 'd',
          barrierIds: [random.pick(barriers)],
          ownerIds: [person('sw')],
          rationale: 'What we learnt',
          evidence,
        });
        if (ok && !revise) elements.push(elementId);
      } else {
        await run('PublishBlueprintVersion', {
          summary: `Version at step ${step}`,
          endorsedBy: [person('sw'), person('dir')],
        });
      }
    }
  }
  return { recorded, refused };
};
