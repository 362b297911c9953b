/**
 * The personal-data register, with each read that returns someone's details recorded in the access
 * record against the caller of the request that caused it (see accessScope). Reads made outside a
 * request (the ledger tool's exports, recorded as exports) are not recorded here.
 */
import type { PersonalDataRegister } from '../../application/ports/personalDataRegister';
import type { AccessRecorder } from './accessRecorder';
import { accessScope } from './accessScope';

export const recordingReads = <R extends Pick<PersonalDataRegister, 'lookup'>>(
  register: R,
  access: AccessRecorder,
): Pick<PersonalDataRegister, 'lookup'> => ({
  lookup: async (participantIds) => {
    const found = await register.lookup(participantIds);
    const scope = accessScope.getStore();
    const read = [...found.values()]
      .filter((person) => person.status === 'registered')
      .map((person) => person.participantId);
    if (scope?.actor && read.length > 0)
      access.record('personalDataRead', scope.actor, { participantIds: read, operation: scope.operation() });
    return found;
  },
});
