import { barrierAggregate } from '../../src/domain/barrier';
import type { BarrierCommand, BarrierEvent } from '../../src/domain/barrier/events';
import { noFacts } from '../../src/domain/facts';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { barrierIdentified, commandsOf, LOCAL_BARRIER, P, programmeFacts, programmeState } from './fixtures';
import { specFor } from './givenWhenThen';

const given = specFor(barrierAggregate, programmeFacts);
const command = commandsOf<BarrierCommand>();
const identified = barrierIdentified(LOCAL_BARRIER, 'local');
const identify = command('IdentifyBarrier', { ...identified.data } as Extract<
  BarrierCommand,
  { type: 'IdentifyBarrier' }
>['data']);

describe('Barrier', () => {
  it('is identified by participants, with a kind, scope and source', () => {
    given([]).when(identify).then([identified]);
  });

  it('refuses an unknown scope, no identifier, a stranger, an id in use, or an unlaunched programme', () => {
    given([])
      .when({ ...identify, data: { ...identify.data, scope: 'regional' as never } })
      .thenThrows(ValidationError, 'UnknownValue');
    given([])
      .when({ ...identify, data: { ...identify.data, identifiedBy: [] } })
      .thenThrows(ValidationError, 'AtLeastOneRequired');
    given([])
      .when({ ...identify, data: { ...identify.data, identifiedBy: ['stranger'] } })
      .thenThrows(NotFoundError, 'ParticipantInProgramme');
    given([identified]).when(identify).thenThrows(IllegalStateError, 'IdNotInUse');
    given([], noFacts(programmeState([])))
      .when(identify)
      .thenThrows(NotFoundError, 'ProgrammeExists');
  });

  it('is re-scoped with a rationale, to a different scope', () => {
    const rescope = command('RescopeBarrier', {
      barrierId: LOCAL_BARRIER,
      scope: 'national',
      rationale: 'Needs a change to statutory guidance',
    });
    given([identified])
      .when(rescope)
      .then([
        {
          type: 'BarrierRescoped',
          data: {
            barrierId: LOCAL_BARRIER,
            programmeId: P,
            scope: 'national',
            rationale: 'Needs a change to statutory guidance',
          },
        },
      ]);
    given([identified])
      .when({ ...rescope, data: { ...rescope.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    given([identified])
      .when({ ...rescope, data: { ...rescope.data, scope: 'local' } })
      .thenThrows(IllegalStateError, 'RescopeChangesScope');
    given([]).when(rescope).thenThrows(NotFoundError, 'BarrierInProgramme');
  });

  it('is resolved once', () => {
    const resolve = command('ResolveBarrier', {
      barrierId: LOCAL_BARRIER,
      resolution: 'Single recording template adopted',
    });
    const resolved: BarrierEvent = {
      type: 'BarrierResolved',
      data: { barrierId: LOCAL_BARRIER, programmeId: P, resolution: 'Single recording template adopted' },
    };
    given([identified]).when(resolve).then([resolved]);
    given([identified, resolved]).when(resolve).thenThrows(IllegalStateError, 'ResolveOnce');
  });

  it('belongs to one programme: another programme cannot address it', () => {
    const elsewhere = barrierIdentified(LOCAL_BARRIER, 'local', 'programme-other');
    given([elsewhere])
      .when(command('ResolveBarrier', { barrierId: LOCAL_BARRIER, resolution: 'r' }))
      .thenThrows(NotFoundError, 'BarrierInProgramme');
  });
});
