import { IllegalStateError, ValidationError } from '../../src/domain/shared/errors';
import { writtenOutputAggregate } from '../../src/domain/writtenOutput';
import type { WrittenOutputCommand, WrittenOutputEvent } from '../../src/domain/writtenOutput/events';
import { commandsOf, P, programmeFacts } from './fixtures';
import { on, specFor } from './givenWhenThen';

const given = specFor(writtenOutputAggregate, programmeFacts);
const command = commandsOf<WrittenOutputCommand>();

const deliver = (data: Partial<WrittenOutputCommand['data']> = {}, occurredAt?: string) =>
  command(
    'MarkWrittenOutputDelivered',
    { output: 'insights', audience: 'The senior leadership team', ...data },
    occurredAt,
  );
const delivered = (data: Partial<WrittenOutputEvent['data']> = {}): WrittenOutputEvent => ({
  type: 'WrittenOutputDelivered',
  data: {
    programmeId: P,
    output: 'insights',
    audience: 'The senior leadership team',
    reissue: false,
    rationale: null,
    ...data,
  },
});

describe('marking a written output delivered', () => {
  it('records the delivery: which output, to whom', () => {
    given([]).when(deliver()).then([delivered()]);
  });

  it('refuses a second delivery of the same output unless it is a re-issue', () => {
    const message = given([on('2022-03-01', delivered())])
      .when(deliver())
      .thenThrows(IllegalStateError, 'OutputDeliveredOnce');
    expect(message).toBe(
      'The insights document was delivered on 2022-03-01; to hand it over again, mark it delivered as a re-issue, with the reason',
    );
  });

  it('delivers another output of the same programme once each', () => {
    given([delivered()])
      .when(deliver({ output: 'caseStudy' }))
      .then([delivered({ output: 'caseStudy' })]);
  });

  it('re-issues a delivered output with its reason', () => {
    given([on('2022-03-01', delivered())])
      .when(deliver({ reissue: true, rationale: 'Two insights were missing from the first copy' }))
      .then([delivered({ reissue: true, rationale: 'Two insights were missing from the first copy' })]);
  });

  it('refuses a re-issue without a reason, or of an output never delivered', () => {
    given([delivered()])
      .when(deliver({ reissue: true }))
      .thenThrows(ValidationError, 'RationaleRequired');
    given([])
      .when(deliver({ reissue: true, rationale: 'Corrected' }))
      .thenThrows(IllegalStateError, 'ReissueFollowsDelivery');
  });

  it('refuses a re-issue dated before the last delivery', () => {
    given([on('2022-04-01', delivered())])
      .when(deliver({ reissue: true, rationale: 'Corrected' }, '2022-03-01'))
      .thenThrows(ValidationError, 'ReissueAfterDelivery');
  });

  it('refuses a delivery before the programme started, an unknown output and a blank audience', () => {
    given([]).when(deliver({}, '2021-08-31')).thenThrows(ValidationError, 'NotBeforeProgrammeStart');
    given([])
      .when(deliver({ output: 'annualReport' as never }))
      .thenThrows(ValidationError, 'UnknownValue');
    given([])
      .when(deliver({ audience: '  ' }))
      .thenThrows(ValidationError, 'RequiredText');
  });

  it('keeps a first delivery’s note if one is given, without surrounding spaces', () => {
    given([])
      .when(deliver({ rationale: ' Sent ahead of the board ' }))
      .then([delivered({ rationale: 'Sent ahead of the board' })]);
    given([])
      .when(deliver({ rationale: '' }))
      .then([delivered()]);
  });

  it('re-issues on the day of the last delivery', () => {
    given([on('2022-03-14', delivered())])
      .when(deliver({ reissue: true, rationale: 'Corrected' }, '2022-03-14T16:00:00.000Z'))
      .then([delivered({ reissue: true, rationale: 'Corrected' })]);
  });

  it('tells the recorder, by the output’s name, why a delivery is refused', () => {
    const notYet = given([])
      .when(deliver({ output: 'caseStudy', reissue: true, rationale: 'Corrected' }))
      .thenThrows(IllegalStateError, 'ReissueFollowsDelivery');
    expect(notYet).toBe(
      'The methodology case study has not been delivered yet, so it cannot be re-issued; mark it delivered without reissue',
    );
    const early = given([on('2022-04-01', delivered({ output: 'implementation' }))])
      .when(
        deliver(
          { output: 'implementation', reissue: true, rationale: 'Corrected' },
          '2022-03-01T10:00:00.000Z',
        ),
      )
      .thenThrows(ValidationError, 'ReissueAfterDelivery');
    expect(early).toBe(
      'A re-issue of the implementation record is dated 2022-03-01, before its last delivery on 2022-04-01',
    );
    const beforeStart = given([])
      .when(deliver({ output: 'changeRecord' }, '2021-08-31'))
      .thenThrows(ValidationError, 'NotBeforeProgrammeStart');
    expect(beforeStart).toBe(
      'The delivery of the record of changes to processes and structures is dated 2021-08-31, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    );
    const twice = given([on('2022-03-01', delivered({ output: 'blueprint' }))])
      .when(deliver({ output: 'blueprint' }))
      .thenThrows(IllegalStateError, 'OutputDeliveredOnce');
    expect(twice).toBe(
      'The blueprint document was delivered on 2022-03-01; to hand it over again, mark it delivered as a re-issue, with the reason',
    );
  });

  it('refuses an audience longer than a statement', () => {
    const message = given([])
      .when(deliver({ audience: 'a'.repeat(501) }))
      .thenThrows(ValidationError, 'TextTooLong');
    expect(message).toBe('audience must be at most 500 characters');
  });
});
