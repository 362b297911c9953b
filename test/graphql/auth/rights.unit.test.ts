/**
 * The rights to record, checked where the command path asks for them (`actingRole`, `membershipCheck`)
 * against the matrix written out by hand in test/support/authorisationMatrix.ts.
 */
import { RECORDING_RIGHTS, actingRole, membershipCheck, type Caller } from '../../../src/graphql/auth/rights';
import { ForbiddenError } from '../../../src/domain/shared/errors';
import { LEFT, MANAGER, SW1, programmeState } from '../../domain/fixtures';
import { MUTATION_MATRIX, ROLE_COLUMNS, mayCall } from '../../support/authorisationMatrix';

/** Mutations that manage the ledger rather than record a command in a programme. */
const NOT_COMMANDS = ['erasePerson', 'issueApiKey', 'redactEventFields', 'revokeApiKey', 'signTreeHead'];
const COMMAND_ROWS = Object.entries(MUTATION_MATRIX)
  .filter(([name]) => !NOT_COMMANDS.includes(name))
  .map(([name, row]) => [name[0]!.toUpperCase() + name.slice(1), row] as const);

const caller = (...roles: Caller['roles']): Caller => ({ actorId: 'person-1', roles, credential: 'test' });

/** What a caller with one role gets: the role it records in, or the refusal's rule. */
const outcome = (role: Caller['roles'][number], command: keyof typeof RECORDING_RIGHTS) => {
  try {
    return actingRole(caller(role), command);
  } catch (error) {
    return error instanceof ForbiddenError ? ['refused', error.rule] : `threw ${String(error)}`;
  }
};

describe('actingRole', () => {
  it('knows every command of the matrix, and no other', () => {
    expect(Object.keys(RECORDING_RIGHTS).sort()).toEqual(COMMAND_ROWS.map(([command]) => command).sort());
  });

  it.each(COMMAND_ROWS)('%s: %s', (command, row) => {
    const allowed = mayCall(row);
    expect(
      ROLE_COLUMNS.map((role) => [role, outcome(role, command as keyof typeof RECORDING_RIGHTS)]),
    ).toEqual(
      ROLE_COLUMNS.map((role) => [role, allowed.includes(role) ? role : ['refused', 'RoleMayRecord']]),
    );
  });

  it('records in the first of the caller’s roles that has the right', () => {
    expect(actingRole(caller('evaluator', 'practitioner', 'leader'), 'ProposeSmallChange')).toBe(
      'practitioner',
    );
    expect(actingRole(caller('evaluator', 'practitioner', 'leader'), 'AgreeSmallChange')).toBe('leader');
  });

  it('names the caller’s roles and the roles with the right, in words', () => {
    const refusal = (roles: Caller['roles'], command: keyof typeof RECORDING_RIGHTS) => {
      try {
        actingRole(caller(...roles), command);
        return 'allowed';
      } catch (error) {
        return (error as ForbiddenError).message;
      }
    };
    expect(refusal(['evaluator', 'auditor'], 'AgreeSmallChange')).toBe(
      'Your roles (evaluator, auditor) may not agree small change; it needs leader or facilitator',
    );
    expect(refusal([], 'LaunchProgramme')).toBe('Your roles (none) may not launch programme; it needs admin');
    expect(refusal(['practitioner'], 'EnrolTeam')).toBe(
      'Your roles (practitioner) may not enrol team; it needs admin or facilitator',
    );
    expect(refusal(['evaluator'], 'IdentifyBarrier')).toBe(
      'Your roles (evaluator) may not identify barrier; it needs practitioner, leader or facilitator',
    );
  });
});

describe('membershipCheck', () => {
  const programme = programmeState();
  const check = (actorId: string, role: Caller['roles'][number], state = programme) => {
    try {
      membershipCheck({ actorId, roles: [role], credential: 'test' }, role)(state);
      return 'may record';
    } catch (error) {
      return error instanceof ForbiddenError ? [error.rule, error.message] : `threw ${String(error)}`;
    }
  };

  it('lets an active participant record', () => {
    expect(check(SW1, 'practitioner')).toBe('may record');
    expect(check(MANAGER, 'leader')).toBe('may record');
  });

  it('refuses someone who never joined, or who has left', () => {
    expect(check('person-stranger', 'facilitator')).toEqual([
      'ParticipantOfProgramme',
      'person-stranger is not an active participant of this programme, so may not record in it as facilitator',
    ]);
    expect(check(LEFT, 'practitioner')).toEqual([
      'ParticipantOfProgramme',
      'person-left is not an active participant of this programme, so may not record in it as practitioner',
    ]);
  });

  it('lets an admin manage any programme, and leaves a missing programme to the decision', () => {
    expect(check('person-stranger', 'admin')).toBe('may record');
    expect(check('person-stranger', 'leader', { status: 'None' })).toBe('may record');
  });
});
