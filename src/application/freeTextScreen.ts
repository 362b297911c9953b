/**
 * Keeps personal data out of the event log, where erasure cannot reach it: before a command is
 * decided, its free text is checked against the names and contact details the personal-data
 * register holds for the programme's participants, and a command that writes one of them down is
 * refused. It runs in the command handler (it needs the register, which is I/O); the domain stays pure.
 */
import type { Programme } from '../domain/programme/state';
import { ValidationError } from '../domain/shared/errors';
import type { PersonalDataRegister, RegisteredPerson } from './ports/personalDataRegister';

export type FreeTextScreen = (data: unknown, programme: Programme) => Promise<void>;

/** Every string in a command's data, with the path of the field that holds it. */
const textsIn = (value: unknown, path: string): [string, string][] => {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsIn(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textsIn(item, path ? `${path}.${key}` : key));
  return [];
};

const normalised = (text: string) => text.normalize('NFKC').toLocaleLowerCase('en-GB');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a whole word (not inside an id such as person-sam), however it is spaced or cased. */
const namePattern = (name: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_-])${normalised(name).trim().split(/\s+/).map(escaped).join('\\s+')}(?![\\p{L}\\p{N}_-])`,
    'u',
  );

/** Contact details (an email, a phone number) anywhere, with spacing ignored; too short to tell apart, skipped. */
const withoutSpaces = (text: string) => normalised(text).replace(/\s+/g, '');
const MIN_CONTACT_LENGTH = 5;

interface Mention {
  readonly participantId: string;
  readonly found: (text: string) => boolean;
}

const mentionsOf = (person: RegisteredPerson): Mention[] => {
  if (person.status !== 'registered') return [];
  const name = namePattern(person.displayName);
  const mentions: Mention[] = [
    { participantId: person.participantId, found: (text) => name.test(normalised(text)) },
  ];
  const contact = withoutSpaces(person.contact ?? '');
  if (contact.length >= MIN_CONTACT_LENGTH)
    mentions.push({
      participantId: person.participantId,
      found: (text) => withoutSpaces(text).includes(contact),
    });
  return mentions;
};

/** Checks free text against everyone who has joined the programme (active or not), as the register holds them. */
export const personalDataScreen =
  (register: Pick<PersonalDataRegister, 'lookup'>): FreeTextScreen =>
  async (data, programme) => {
    if (programme.status === 'None') return;
    const participantIds = Object.keys(programme.participants);
    const texts = textsIn(data, '');
    if (participantIds.length === 0 || texts.length === 0) return;
    const mentions = [...(await register.lookup(participantIds)).values()].flatMap(mentionsOf);
    for (const [field, text] of texts) {
      const mention = mentions.find(({ found }) => found(text));
      if (mention)
        throw new ValidationError(
          'PersonalDataInFreeText',
          `${field} contains the name or contact details the personal-data register keeps for participant ${mention.participantId}; refer to people by their participant id, so that their details stay in the register and erasing them reaches everything`,
        );
    }
  };
