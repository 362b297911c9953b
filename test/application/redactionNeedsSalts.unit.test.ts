/**
 * An event whose leaf was made without salts (its seed is empty) commits to its fields' values
 * directly, so blanking a field would break its proof: redaction refuses it and records nothing.
 */
import { Redactions } from '../../src/application/audit/redaction';

const unsaltedTree = {
  redactionRefusal: undefined,
  catchUp: async () => undefined,
  leafOfEvent: () => ({ position: 1n, index: 0, salting: { seed: '' } }),
  auditedEvents: async () => [
    { kind: 'readable', source: { eventId: 'event-1', data: { description: 'Visit notes typed twice' } } },
  ],
};

describe('redacting an event recorded without salts', () => {
  it('is refused under RedactionNeedsSalts, before anything is appended', async () => {
    const appended: unknown[] = [];
    const store = { append: async (...args: unknown[]) => appended.push(args) };
    const redactions = new Redactions(store as never, unsaltedTree as never, {} as never, {} as never);
    await expect(
      redactions.redact(
        { eventId: 'event-1', fields: ['/description'], rationale: 'A name was typed into it' },
        { actorId: 'admin-1', roles: ['admin'], role: 'admin' } as never,
      ),
    ).rejects.toMatchObject({
      rule: 'RedactionNeedsSalts',
      message: 'Event event-1 was recorded without salts, so it cannot be redacted',
    });
    expect(appended).toEqual([]);
  });
});
