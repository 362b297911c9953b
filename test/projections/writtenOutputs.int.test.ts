/**
 * The five written outputs, composed from the demo programme as recorded through the command
 * handler: each document's sections and statements in the words a reader sees, every statement's
 * event ids naming events of the ledger, and an earlier moment giving the earlier document.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PROGRAMME as P } from '../../src/demo/cast';
import { prepareDemo } from '../../src/demo/prepareDemo';
import { loadConfig } from '../../src/infrastructure/config';
import { silentLogger } from '../../src/infrastructure/logger';
import { openLedger, type Ledger } from '../../src/composition/openLedger';
import type { WrittenOutputKind } from '../../src/domain/writtenOutput/events';
import { writtenOutput, type WrittenDocument } from '../../src/projections/writtenOutputs';
import { writtenOutputMarkdown } from '../../src/projections/writtenOutputs/markdown';
import { outputStandings } from '../../src/projections/writtenOutputs/standing';

let folder: string;
let ledger: Ledger;
let eventIds: Set<string>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ledger-outputs-'));
  const config = loadConfig({ SQLITE_PATH: join(folder, 'ledger.db') });
  ledger = openLedger(config, { log: silentLogger });
  await prepareDemo(ledger, config.demo);
  await ledger.runner.catchUp();
  const history = await ledger.services.readModels.history(P, {}, { first: 5000 });
  eventIds = new Set(history.items.map(({ node }) => node.eventId));
});
afterAll(async () => {
  await ledger.close();
  rmSync(folder, { recursive: true, force: true });
});

const read = (output: WrittenOutputKind, asOf?: { occurredAt: string }) =>
  writtenOutput(ledger.services.readModels, P, output, asOf);
const headings = (document: WrittenDocument) => document.sections.map((section) => section.heading);
const statements = (document: WrittenDocument, heading: string) =>
  document.sections.find((section) => section.heading === heading)?.statements.map((s) => s.text);
const unresolved = (document: WrittenDocument) =>
  document.sections.flatMap((section) =>
    section.statements.flatMap((s) =>
      s.eventIds.length === 0 ? [`${s.text} (no event)`] : s.eventIds.filter((id) => !eventIds.has(id)),
    ),
  );

describe('the written outputs of the demo programme', () => {
  it('the insights document: sessions, challenges and opportunities, and the barriers surfaced', async () => {
    const document = await read('insights');
    expect(document.title).toBe('Harrowmere: time for relationships: Insights: challenges and opportunities');
    expect(headings(document)).toEqual([
      'The programme',
      'Sensemaking sessions',
      'Challenges',
      'Opportunities',
      'Barriers surfaced',
    ]);
    expect(statements(document, 'Sensemaking sessions')).toEqual([
      'Sensemaking session on 18 Dec 2024, with 3 practitioners, 2 managers, 1 senior leader and 1 external: 4 insights recorded.',
    ]);
    expect(statements(document, 'Opportunities')).toEqual([
      '"Protected visit time is possible if the duty rota changes" (sensemaking session, 18 Dec 2024); it names "The duty rota breaks the week into fragments".',
      '"Supervisors are trusted to judge minor plan updates" (sensemaking session, 18 Dec 2024); it names "Every plan update waits for a manager’s sign-off".',
    ]);
    expect(statements(document, 'Barriers surfaced')?.at(-1)).toBe(
      'A national rule barrier, "Prescribed assessment timescales", identified from a small change on 30 Oct 2024; still open.',
    );
    expect(unresolved(document)).toEqual([]);
  });

  it('the record of changes: every small change step by step, and process and structural elements', async () => {
    const document = await read('changeRecord');
    expect(headings(document)).toEqual([
      'The programme',
      'Small changes',
      'Blueprint elements: process changes',
    ]);
    expect(statements(document, 'Blueprint elements: process changes')?.[0]).toBe(
      '"One visit note, written once": added 8 Jan 2025.',
    );
    expect(statements(document, 'Small changes')).toHaveLength(12);
    expect(statements(document, 'Small changes')).toContain(
      'Front door and assessment: "No email on visit mornings", proposed 22 Oct 2024; agreed 28 Oct 2024; implemented 4 Nov 2024: In daily use by the whole team; reverted 25 Nov 2024 (Urgent messages from schools and police were missed on visit mornings).',
    );
    expect(unresolved(document)).toEqual([]);
  });

  it('the blueprint document: versions, elements by kind, barriers addressed, adaptations with evidence', async () => {
    const document = await read('blueprint');
    expect(headings(document)).toEqual([
      'The programme',
      'Origins and co-owners',
      'Published versions',
      'Elements: process changes',
      'Elements: cultural changes',
      'Elements: measurement mechanisms',
      'Barriers addressed',
      'Adaptations of the blueprint, with rationale and evidence',
    ]);
    expect(statements(document, 'Published versions')).toEqual([
      'Version 1, published 13 Jan 2025: The first blueprint: what we will test, and how we will know; endorsed by 1 practitioner, 1 manager and 1 senior leader.',
      'Version 2, published 22 Apr 2025: Adapted after the first experiments; endorsed by 2 practitioners and 1 manager.',
      'Version 3, published 22 Sep 2025: The blueprint the service will keep; endorsed by 1 practitioner, 1 manager and 1 senior leader.',
    ]);
    expect(statements(document, 'Origins and co-owners')).toEqual([
      'Drafted on 8 Jan 2025.',
      'Co-owned by 2 practitioners, 1 manager and 1 senior leader.',
    ]);
    expect(unresolved(document)).toEqual([]);
  });

  it('the implementation record: experiments with their learning, measures and signals, decisions', async () => {
    const document = await read('implementation');
    expect(headings(document)).toEqual([
      'The programme',
      'Implemented against plan',
      'Experiments',
      'Experiments adapted while running',
      'Adaptations of the blueprint, with rationale and evidence',
      'Staff feedback: you said, we did',
      'Measures and what their run charts show',
      'Decisions at reviews',
    ]);
    expect(statements(document, 'Implemented against plan')).toEqual([
      '"Duty in weekly blocks for both teams": implemented since 19 May 2025 (planned to start 3 Feb 2025, to be implemented by 30 May 2025).',
      '"Protected visit hours, swappable within the team": implemented since 6 Oct 2025 (planned to start 27 Jan 2025, to be implemented by 31 Oct 2025).',
      '"One visit note, written once": implemented since 1 Sep 2025 (planned to start 17 Feb 2025, to be implemented by 30 Jun 2025).',
      '"Fortnightly practitioner pulse survey": implemented since 31 Jan 2025 (planned to start 24 Jan 2025, to be implemented by 7 Feb 2025).',
      '"Supervisors sign off minor plan updates": retired since 3 Nov 2025 (planned to start 5 May 2025, to be implemented by 31 Jul 2025); Supervisors\' sign-off queue grew longer than the managers\' had been; learning: Moving a task down a level moves the queue with it unless the task itself shrinks.',
      '"Monthly relational practice check-ins": planned since 15 Sep 2025 (planned to start 6 Oct 2025, to be implemented by 31 Dec 2025).',
    ]);
    // Each element's statement rests on every step of its implementation, from the element added on.
    expect(
      document.sections
        .find(({ heading }) => heading === 'Implemented against plan')!
        .statements.map(({ eventIds }) => eventIds.length),
    ).toEqual([4, 4, 6, 4, 4, 2]);
    expect(statements(document, 'Staff feedback: you said, we did')).toEqual([
      'Feedback round of 18 Nov 2024: 13 of 17 people asked answered; they said: "One visit note saves an evening a week" and "Visit mornings without email feel risky"; we did: Reverted no-email visit mornings; urgent calls now reach the duty desk; Reverted hot-desking by patch; each team sits together again.',
      'Feedback round of 17 Feb 2025: 15 of 18 people asked answered; they said: "Weekly duty blocks give continuity" and "Thursday mornings fill with emergencies"; we did: Fixed visit mornings give way to flexible protected hours chosen by each practitioner.',
      'Feedback round of 2 Jun 2025: 12 of 19 people asked answered; they said: "The vision still fits" and "Rota blocks should stay"; nothing has been done in answer yet.',
    ]);
    expect(statements(document, 'Experiments adapted while running')).toEqual([
      '9 Jun 2025: "Flexible protected visit hours" adapted: Protected hours can be swapped between colleagues in the same team, because Fixed personal hours clashed with court dates.',
    ]);
    expect(statements(document, 'Measures and what their run charts show')?.[0]).toBe(
      '"% of time with families": baseline 20 %, target 30 %, measured fortnightly; latest 31 % for the period to 21 Nov 2025.',
    );
    expect(statements(document, 'Decisions at reviews')).toHaveLength(15);
    expect(unresolved(document)).toEqual([]);
  });

  it('the case study: phases as they ran, what worked and what did not, lineage, outputs delivered', async () => {
    const document = await read('caseStudy');
    expect(headings(document)).toEqual([
      'The programme',
      'The approach',
      'Vision',
      'Phases as they ran',
      'What worked',
      'What did not work, and what was learnt',
      'Measures and what their run charts show',
      'Lineage',
      'Outputs delivered',
    ]);
    expect(statements(document, 'Phases as they ran')?.at(-1)).toBe(
      'Methodology and spread, from 8 Sep 2025, still in progress.',
    );
    expect(statements(document, 'What did not work, and what was learnt')).toContain(
      'Experiment "Paired first visits" was stopped early (Two vacancies over the winter meant pairs could not be formed); learning: Pairing needs full staffing; the travel planner small change gave some of the same benefit.',
    );
    expect(statements(document, 'What did not work, and what was learnt')?.slice(0, 1)).toEqual([
      '"Drop the weekly performance return" (Front door and assessment) was declined: The return feeds the council’s statutory reporting until its review in the spring; learning: Some paperwork is owned outside the programme.',
    ]);
    expect(statements(document, 'What did not work, and what was learnt')?.slice(-3)).toEqual([
      'The escalation of "A longer assessment window when a family asks for one" closed without result on 16 Jun 2025: The department replied that assessment timescales stay as they are for now; learning: One authority\'s escalation carries little weight; evidence from several would carry more; next: Shared the case with the regional improvement alliance.',
      'The barrier "Panels ask for reports that are already on file" could not be resolved on 14 Jul 2025: Panels are run by the safeguarding partnership; their templates are not ours to change; learning: Linking reports eased the paperwork; the templates need the partnership itself; next: Raised with the partnership\'s business manager for the next template review.',
      'The blueprint element "Supervisors sign off minor plan updates" was retired on 3 Nov 2025: Supervisors\' sign-off queue grew longer than the managers\' had been; learning: Moving a task down a level moves the queue with it unless the task itself shrinks; next: Minor plan updates need no sign-off at all; the review decision is in the November review.',
    ]);
    expect(statements(document, 'Outputs delivered')).toEqual([
      '29 Jan 2025: The insights document was delivered to "The senior leadership team and both teams".',
      '12 Feb 2025: The blueprint document was delivered to "The children\'s services leadership board".',
      '15 Sep 2025: The record of changes to processes and structures was delivered to "Both teams and the practice development group".',
    ]);
    expect(unresolved(document)).toEqual([]);
  });

  it('as of an earlier moment, the earlier document: the blueprint before its first adaptation', async () => {
    const document = await read('blueprint', { occurredAt: '2025-02-01' });
    expect(statements(document, 'Published versions')).toEqual([
      'Version 1, published 13 Jan 2025: The first blueprint: what we will test, and how we will know; endorsed by 1 practitioner, 1 manager and 1 senior leader.',
    ]);
    expect(headings(document)).not.toContain('Adaptations of the blueprint, with rationale and evidence');
    expect(
      writtenOutputMarkdown(document, 'As it had happened by 2025-02-01.').split('\n').slice(0, 6),
    ).toEqual([
      '# Harrowmere: time for relationships: The local blueprint',
      '',
      '_As it had happened by 2025-02-01._',
      '',
      '## The programme',
      '',
    ]);
  });

  it('each output is due when the phase it follows completed, delivered, or late 28 days on', async () => {
    const programme = ledger.services.readModels.programme(P)!;
    const standing = (readAt: string) =>
      outputStandings(programme, readAt).map(({ output, dueBy, standing: s }) => [output, dueBy, s]);
    expect(standing('2026-12-01')).toEqual([
      ['insights', '2025-01-15', 'delivered'],
      ['changeRecord', '2025-09-01', 'delivered'],
      ['blueprint', '2025-01-15', 'delivered'],
      ['implementation', '2025-09-01', 'late'],
      ['caseStudy', '2025-09-01', 'late'],
    ]);
    const asOf = (occurredAt: string) =>
      ledger.services.readModels.asOf(P, { occurredAt }, (past) =>
        outputStandings(past.programme(P)!, occurredAt).map(({ output, dueBy, standing: s }) => [
          output,
          dueBy,
          s,
        ]),
      );
    // Before the third phase completed, the programme's planned end (2 Sep 2024 + 15 months) stands in.
    expect(await asOf('2025-01-10')).toEqual([
      ['insights', '2025-12-02', 'notDue'],
      ['changeRecord', '2025-12-02', 'notDue'],
      ['blueprint', '2025-12-02', 'notDue'],
      ['implementation', '2025-12-02', 'notDue'],
      ['caseStudy', '2025-12-02', 'notDue'],
    ]);
    expect((await asOf('2025-02-11')).slice(0, 3)).toEqual([
      ['insights', '2025-01-15', 'delivered'],
      ['changeRecord', '2025-12-02', 'notDue'],
      ['blueprint', '2025-01-15', 'due'],
    ]);
    expect((await asOf('2025-09-30')).slice(3)).toEqual([
      ['implementation', '2025-09-01', 'late'],
      ['caseStudy', '2025-09-01', 'late'],
    ]);
  });
});
