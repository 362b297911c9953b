import { blueprintAggregate } from '../../src/domain/blueprint';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { experimentAggregate } from '../../src/domain/experiment';
import type { ExperimentEvent } from '../../src/domain/experiment/events';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { DIRECTOR, LEFT, LOCAL_BARRIER, MANAGER, METRIC, P, programmeFacts, SW1 } from './fixtures';
import { added, command, content, drafted, ELEMENT, v1 } from './blueprintSetup';
import { foldEvents, specFor } from './givenWhenThen';

const given = specFor(blueprintAggregate, programmeFacts);
const publish = command('PublishBlueprintVersion', {
  summary: 'First blueprint',
  endorsedBy: [SW1, DIRECTOR],
});
const revise = command('ReviseBlueprintElement', {
  elementId: ELEMENT,
  ...content,
  title: 'Duty rota in weekly blocks',
  rationale: 'The experiment showed fortnightly blocks tired people',
  evidence: [{ kind: 'experimentConclusion', id: 'experiment-rota' }],
});

const experimentConcluded = [
  {
    type: 'ExperimentDesigned',
    data: {
      experimentId: 'experiment-rota',
      programmeId: P,
      title: 'Rota',
      hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
      barrierIds: [LOCAL_BARRIER],
      blueprintElementId: null,
      measureIds: [METRIC],
      plannedStart: '2022-01-01',
      reviewDate: '2022-03-01',
    },
  },
  {
    type: 'ExperimentStarted',
    data: { experimentId: 'experiment-rota', programmeId: P, startedAt: '2022-01-03' },
  },
  {
    type: 'ExperimentConcluded',
    data: {
      experimentId: 'experiment-rota',
      programmeId: P,
      concludedAt: '2022-03-01',
      result: 'notSupported',
      learning: 'Fortnightly blocks tired people',
      nextStep: 'adapt',
    },
  },
] as ExperimentEvent[];
const withExperiment = (events: ExperimentEvent[]) =>
  programmeFacts({
    experiments: new Map([['experiment-rota', foldEvents(experimentAggregate, events)]]),
  });

describe('Blueprint', () => {
  it('is drafted once, with co-owners of the programme', () => {
    given([])
      .when(command('DraftBlueprint', { coOwnerIds: [SW1, MANAGER, DIRECTOR] }))
      .then([drafted]);
    given([drafted])
      .when(command('DraftBlueprint', { coOwnerIds: [SW1] }))
      .thenThrows(IllegalStateError, 'OneBlueprintPerProgramme');
    given([])
      .when(command('AddBlueprintElement', { elementId: ELEMENT, ...content }))
      .thenThrows(NotFoundError, 'BlueprintDrafted');
  });

  it('adds elements that address barriers, each with owners', () => {
    given([drafted])
      .when(command('AddBlueprintElement', { elementId: ELEMENT, ...content }))
      .then([added]);
    given([drafted])
      .when(command('AddBlueprintElement', { elementId: ELEMENT, ...content, barrierIds: [] }))
      .thenThrows(ValidationError, 'AtLeastOneRequired');
    given([drafted])
      .when(command('AddBlueprintElement', { elementId: ELEMENT, ...content, kind: 'wish' as never }))
      .thenThrows(ValidationError, 'UnknownValue');
    given([drafted, added])
      .when(command('AddBlueprintElement', { elementId: ELEMENT, ...content }))
      .thenThrows(IllegalStateError, 'IdNotInUse');
  });

  describe('publishing a version', () => {
    it('numbers versions in order', () => {
      given([drafted, added]).when(publish).then([v1]);
      const revised: BlueprintEvent = {
        type: 'BlueprintElementRevised',
        data: { programmeId: P, elementId: ELEMENT, ...content, rationale: 'r', evidence: [] },
      };
      given([drafted, added, v1, revised])
        .when(publish)
        .then([{ ...v1, data: { ...v1.data, version: 2 } } as BlueprintEvent]);
    });

    it('needs at least one element, and a change since the last version', () => {
      given([drafted]).when(publish).thenThrows(IllegalStateError, 'VersionHasElements');
      given([drafted, added, v1]).when(publish).thenThrows(IllegalStateError, 'VersionHasChanges');
    });

    it('needs endorsing co-owners from two levels, one of them practitioner', () => {
      const endorsed = (endorsedBy: string[]) =>
        command('PublishBlueprintVersion', { summary: 's', endorsedBy });
      const message = given([drafted, added])
        .when(endorsed([MANAGER, DIRECTOR]))
        .thenThrows(ValidationError, 'VersionEndorsedAcrossLevels');
      expect(message).toContain('one of them practitioner');
      given([drafted, added])
        .when(endorsed([SW1]))
        .thenThrows(ValidationError, 'VersionEndorsedAcrossLevels');
      const notCoOwner: BlueprintEvent = {
        type: 'BlueprintDrafted',
        data: { programmeId: P, coOwnerIds: [MANAGER, DIRECTOR] },
      };
      given([notCoOwner, added])
        .when(endorsed([SW1, DIRECTOR]))
        .thenThrows(ValidationError, 'EndorsersAreCoOwners');
      given([drafted, added])
        .when(endorsed([LEFT, DIRECTOR]))
        .thenThrows(ValidationError, 'EndorsersInProgrammeAtTheTime');
    });
  });

  describe('after version 1 every change is an adaptation', () => {
    it('refuses an element change without a rationale', () => {
      const message = given([drafted, added, v1], withExperiment(experimentConcluded))
        .when({ ...revise, data: { ...revise.data, rationale: undefined } })
        .thenThrows(ValidationError, 'RationaleRequired');
      expect(message).toBe(
        'A rationale is required when revising an element after version 1 has been published',
      );
      given([drafted, added, v1])
        .when(command('AddBlueprintElement', { elementId: 'e2', ...content }))
        .thenThrows(ValidationError, 'RationaleRequired');
    });

    it('records the rationale and the evidence it cites', () => {
      given([drafted, added, v1], withExperiment(experimentConcluded))
        .when(revise)
        .then([
          {
            type: 'BlueprintElementRevised',
            data: {
              programmeId: P,
              elementId: ELEMENT,
              ...content,
              title: 'Duty rota in weekly blocks',
              rationale: 'The experiment showed fortnightly blocks tired people',
              evidence: [{ kind: 'experimentConclusion', id: 'experiment-rota' }],
            },
          },
        ]);
    });

    it('refuses evidence that is not yet evidence, or does not exist', () => {
      given([drafted, added, v1], withExperiment(experimentConcluded.slice(0, 2)))
        .when(revise)
        .thenThrows(IllegalStateError, 'EvidenceIsAConclusion');
      given([drafted, added, v1]).when(revise).thenThrows(NotFoundError, 'ExperimentInProgramme');
      given([drafted, added, v1])
        .when({
          ...revise,
          data: { ...revise.data, evidence: [{ kind: 'reviewDecision', id: 'review-x', decisionId: 'd' }] },
        })
        .thenThrows(NotFoundError, 'DecisionInReview');
      given([drafted, added, v1])
        .when({ ...revise, data: { ...revise.data, evidence: [{ kind: 'surveyRound', id: 'round-x' }] } })
        .thenThrows(NotFoundError, 'SurveyRoundInProgramme');
      const unreviewed = foldEvents(smallChangeAggregate, [
        {
          type: 'SmallChangeProposed',
          data: {
            smallChangeId: 'sc-notes',
            programmeId: P,
            teamId: 'team-duty',
            title: 'One-page notes',
            description: 'Shorter template',
            proposedBy: [SW1],
            barrierIds: [],
          },
        },
      ]);
      const citingIt = {
        ...revise,
        data: { ...revise.data, evidence: [{ kind: 'smallChangeReview' as const, id: 'sc-notes' }] },
      };
      const notYet = given(
        [drafted, added, v1],
        programmeFacts({ smallChanges: new Map([['sc-notes', unreviewed]]) }),
      )
        .when(citingIt)
        .thenThrows(IllegalStateError, 'EvidenceIsAReview');
      expect(notYet).toBe('Small change sc-notes has not been reviewed, so it is not yet evidence');
      // Evidence of a kind this version does not know (say, from a newer writer) is refused, not skipped.
      const unknownKind = given([drafted, added, v1])
        .when({
          ...revise,
          data: { ...revise.data, evidence: [{ kind: 'minutes', id: 'm-1' }] },
        } as unknown as typeof revise)
        .thenThrows(ValidationError, 'EvidenceKind');
      expect(unknownKind).toBe('Unknown kind of evidence: minutes');
    });

    it('removes an element only with a rationale, and never reuses its id', () => {
      const removed: BlueprintEvent = {
        type: 'BlueprintElementRemoved',
        data: { programmeId: P, elementId: ELEMENT, rationale: 'Superseded by the new rota', evidence: [] },
      };
      given([drafted, added, v1])
        .when(
          command('RemoveBlueprintElement', { elementId: ELEMENT, rationale: 'Superseded by the new rota' }),
        )
        .then([removed]);
      given([drafted, added])
        .when(command('RemoveBlueprintElement', { elementId: ELEMENT, rationale: '' }))
        .thenThrows(ValidationError, 'RationaleRequired');
      given([drafted, added, removed])
        .when(command('AddBlueprintElement', { elementId: ELEMENT, ...content }))
        .thenThrows(IllegalStateError, 'IdNotInUse');
      given([drafted, added, removed]).when(revise).thenThrows(NotFoundError, 'ElementInBlueprint');
    });
  });

  it('adds co-owners once', () => {
    const draftedSmall: BlueprintEvent = {
      type: 'BlueprintDrafted',
      data: { programmeId: P, coOwnerIds: [SW1] },
    };
    given([draftedSmall])
      .when(command('AddBlueprintCoOwner', { participantId: DIRECTOR }))
      .then([{ type: 'BlueprintCoOwnerAdded', data: { programmeId: P, participantId: DIRECTOR } }]);
    given([draftedSmall])
      .when(command('AddBlueprintCoOwner', { participantId: SW1 }))
      .thenThrows(IllegalStateError, 'CoOwnerOnce');
  });

  describe('derived from another programme’s published version', () => {
    const SOURCE = 'programme-source';
    const sourceBlueprint = [
      { type: 'BlueprintDrafted', data: { programmeId: SOURCE, coOwnerIds: ['someone'] } },
      {
        type: 'BlueprintElementAdded',
        data: {
          programmeId: SOURCE,
          elementId: 'src-element',
          ...content,
          barrierIds: ['src-barrier'],
          ownerIds: ['someone'],
          rationale: null,
          evidence: [],
        },
      },
      {
        type: 'BlueprintVersionPublished',
        data: { programmeId: SOURCE, version: 1, summary: 'theirs', endorsedBy: ['someone', 'else'] },
      },
    ] as BlueprintEvent[];
    const facts = () =>
      programmeFacts({
        blueprints: new Map([[SOURCE, foldEvents(blueprintAggregate, sourceBlueprint)]]),
      });
    const derive = command('DeriveBlueprint', {
      coOwnerIds: [SW1, DIRECTOR],
      sourceProgrammeId: SOURCE,
      sourceVersion: 1,
    });

    it('keeps the lineage and copies the elements, to be adapted locally', () => {
      given([], facts())
        .when(derive)
        .then([
          {
            type: 'BlueprintDerived',
            data: {
              programmeId: P,
              coOwnerIds: [SW1, DIRECTOR],
              source: { programmeId: SOURCE, version: 1 },
              elements: [{ elementId: 'src-element', ...content, barrierIds: [], ownerIds: [SW1, DIRECTOR] }],
            },
          },
        ]);
    });

    it('cannot publish a derived element until it is adapted to this programme’s barriers', () => {
      const derived = blueprintAggregate.decide(derive, blueprintAggregate.initialState, facts());
      const message = given(derived).when(publish).thenThrows(ValidationError, 'ElementsAddressBarriers');
      expect(message).toContain('adapt it before publishing');
      const adapted: BlueprintEvent = {
        type: 'BlueprintElementRevised',
        data: { programmeId: P, elementId: 'src-element', ...content, rationale: null, evidence: [] },
      };
      given([...derived, adapted])
        .when(publish)
        .then([{ ...v1, data: { ...v1.data, version: 1 } } as BlueprintEvent]);
    });

    it('refuses an unpublished version or its own programme', () => {
      given([], facts())
        .when({ ...derive, data: { ...derive.data, sourceVersion: 2 } })
        .thenThrows(NotFoundError, 'DeriveFromPublishedVersion');
      given([], facts())
        .when({ ...derive, data: { ...derive.data, sourceProgrammeId: P } })
        .thenThrows(ValidationError, 'DeriveFromAnotherProgramme');
    });
  });
});
