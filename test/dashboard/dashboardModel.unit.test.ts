/** The dashboard's pure parts: CSV, the small-change funnel, routes and time travel, dates, levels, the journey's count. */
import { fileDateOf, toCsv } from '../../dashboard/src/model/csv';
import {
  daysLate,
  formatDay,
  formatMoment,
  monthOf,
  sentence,
  words,
} from '../../dashboard/src/model/format';
import { funnelOf } from '../../dashboard/src/model/funnel';
import { journeyCount } from '../../dashboard/src/model/journeyCount';
import { kindOfParam, kindParam } from '../../dashboard/src/model/kinds';
import { countByLevel } from '../../dashboard/src/model/levels';
import { asOfOf, formatRoute, parseRoute, timeTravelOf } from '../../dashboard/src/model/route';

describe('CSV exports', () => {
  it('quotes commas, quotes and line breaks, and ends every row with CRLF as spreadsheets expect', () => {
    expect(toCsv(['title', 'note'], [['Duty rota, weekly', 'said "keep"\nthen adapted']])).toBe(
      'title,note\r\n"Duty rota, weekly","said ""keep""\nthen adapted"\r\n',
    );
  });

  it('keeps a value that looks like a formula from running in a spreadsheet', () => {
    expect(toCsv(['summary'], [['=HYPERLINK("x")'], ['+1'], ['-2 hours'], ['@team']])).toBe(
      `summary\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'-2 hours\r\n'@team\r\n`,
    );
  });

  it('writes empty cells for missing values and numbers and booleans as they are', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, 3.5, false]])).toBe('a,b,c,d\r\n,,3.5,false\r\n');
  });

  it('names an export made in time travel after the ledger it holds, in characters every file system takes', () => {
    expect(fileDateOf(null)).toBe('');
    expect(fileDateOf({ occurredAt: '2025-03-31' })).toBe('-as-occurred-by-2025-03-31');
    expect(fileDateOf({ recordedAt: '2025-04-01T09:30:15.123Z' })).toBe(
      '-as-recorded-by-2025-04-01T09-30-15Z',
    );
  });
});

describe('the journey', () => {
  it("keeps the domain's words for kinds in its links, and reads the API's spelling too", () => {
    expect(kindParam('SMALL_CHANGE')).toBe('smallChange');
    expect(kindParam('SURVEY_ROUND')).toBe('surveyRound');
    expect([kindOfParam('smallChange'), kindOfParam('SMALL_CHANGE'), kindOfParam('experiment')]).toEqual([
      'SMALL_CHANGE',
      'SMALL_CHANGE',
      'EXPERIMENT',
    ]);
    expect([kindOfParam('nonsense'), kindOfParam(undefined)]).toEqual([null, null]);
  });

  it('says how much of it is on the page, counting every entry that matches', () => {
    const count = (shown: number, total: number | null, hasMore = false, about: string | null = null) =>
      journeyCount({ shown, total, hasMore, about });
    expect(count(100, 236, true)).toBe('Showing 100 of 236 entries');
    expect(count(236, 236)).toBe('Showing all 236 entries');
    expect(count(1, 1)).toBe('Showing the only entry');
    expect(count(0, 0)).toBe('No entries');
    expect(count(0, null, true)).toBe('Counting entries…');
    expect(count(3, 236, true, 'Paired first visits')).toBe('3 entries about Paired first visits so far');
    expect(count(1, 236, false, 'Paired first visits')).toBe('1 entry about Paired first visits');
  });
});

describe('the small-change funnel', () => {
  it('counts each step with every change that went through it, from where each change now stands', () => {
    const funnel = funnelOf({
      proposed: 1,
      agreed: 2,
      declined: 1,
      escalated: 1,
      implemented: 1,
      reviewed: 1,
      kept: 4,
      adapted: 2,
      reverted: 2,
    });
    expect(funnel).toEqual({
      proposed: 15,
      agreed: 12,
      implemented: 10,
      decided: 8,
      kept: 4,
      adapted: 2,
      reverted: 2,
      declined: 1,
      escalated: 1,
      awaitingDecision: 2,
    });
  });
});

describe('routes', () => {
  it('reads the programme, view and filters from the fragment, and writes them back the same', () => {
    const route = parseRoute('#/programme-harrowmere/journey?kind=experiment&team=team-front-door');
    expect(route).toEqual({
      programmeId: 'programme-harrowmere',
      view: 'journey',
      params: { kind: 'experiment', team: 'team-front-door' },
    });
    expect(formatRoute(route)).toBe('#/programme-harrowmere/journey?kind=experiment&team=team-front-door');
  });

  it('falls back to the overview for an unknown view and to the programme list without a programme', () => {
    expect(parseRoute('#/p1/nonsense').view).toBe('overview');
    expect(parseRoute('').programmeId).toBeNull();
    expect(formatRoute({ programmeId: null, view: 'overview', params: {} })).toBe('#/');
  });

  it('turns a time-travel date into the API asOf: as recorded by, or as occurred by', () => {
    expect(asOfOf(timeTravelOf({ at: '2025-03-31', as: 'occurred' }))).toEqual({ occurredAt: '2025-03-31' });
    expect(asOfOf(timeTravelOf({ at: '2025-03-31T12:00:00.000Z', as: 'recorded' }))).toEqual({
      recordedAt: '2025-03-31T12:00:00.000Z',
    });
    expect(timeTravelOf({ at: 'yesterday' })).toBeNull();
    expect(asOfOf(null)).toBeNull();
  });
});

describe('dates and words', () => {
  it('marks a fact recorded more than a day after it happened as late, by whole days', () => {
    expect(daysLate('2025-03-03', '2025-03-03T17:00:00.000Z')).toBe(0);
    expect(daysLate('2025-03-03', '2025-03-04T09:00:00.000Z')).toBe(0);
    expect(daysLate('2025-03-03T10:00:00.000Z', '2025-03-10T09:00:00.000Z')).toBe(7);
  });

  it('writes dates as people read them, in UTC', () => {
    expect(formatDay('2024-10-14')).toBe('14 Oct 2024');
    expect(formatMoment('2026-12-01T00:05:09.123Z')).toBe('1 Dec 2026, 00:05 UTC');
  });

  it('writes every month in the same three letters, September included, whatever the ICU version', () => {
    const firsts = Array.from({ length: 12 }, (_, i) =>
      formatDay(`2024-${String(i + 1).padStart(2, '0')}-01`),
    );
    expect(firsts).toEqual([
      '1 Jan 2024',
      '1 Feb 2024',
      '1 Mar 2024',
      '1 Apr 2024',
      '1 May 2024',
      '1 Jun 2024',
      '1 Jul 2024',
      '1 Aug 2024',
      '1 Sep 2024',
      '1 Oct 2024',
      '1 Nov 2024',
      '1 Dec 2024',
    ]);
    expect(formatMoment('2024-09-05T09:30:00Z')).toBe('5 Sep 2024, 09:30 UTC');
    expect(monthOf('2024-09-05T09:30:00Z')).toBe('Sep 2024');
    expect(monthOf('2025-11-30')).toBe('Nov 2025');
  });

  it('leaves a text that is not a date as it is', () => {
    expect(formatDay('not yet')).toBe('not yet');
    expect(monthOf('soon')).toBe('soon');
    expect(formatDay(null)).toBe('');
  });

  it('reads enum values in words, whatever their case', () => {
    expect(words('notSupported')).toBe('not supported');
    expect(words('NOT_SUPPORTED')).toBe('not supported');
    expect(sentence('Pairing needs full staffing')).toBe('Pairing needs full staffing.');
    expect(sentence('Done.')).toBe('Done.');
  });
});

describe('co-ownership across levels', () => {
  it('counts people by level, senior leaders however the schema spells the level', () => {
    const participants = [
      { level: 'practitioner', person: { participantId: 'a' } },
      { level: 'SENIOR_LEADER', person: { participantId: 'b' } },
      { level: 'seniorLeader', person: { participantId: 'c' } },
    ];
    expect(
      countByLevel([{ participantId: 'a' }, { participantId: 'b' }, { participantId: 'c' }], participants),
    ).toEqual([
      { level: 'practitioner', count: 1 },
      { level: 'manager', count: 0 },
      { level: 'senior leader', count: 2 },
      { level: 'external', count: 0 },
    ]);
  });
});
