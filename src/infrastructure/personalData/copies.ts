/**
 * Personal data outside the ledger's live files: the backups and exports the ledger tool wrote,
 * listed in a manifest beside the ledger so that an erasure reaches every one still on disk; and
 * the list of erasures, so that a restore from a backup taken before them re-applies them. Both
 * lists hold paths, participant ids and times only: never a name.
 */
import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PersonalDataFiles } from '../config';
import { ensureFolder, PRIVATE_FILE_MODE } from '../ensureFolder';
import { StoreUnavailableError } from '../../application/ports/eventStoreErrors';
import {
  ERASED,
  type PersonalDataRegister,
  type RegisteredPerson,
} from '../../application/ports/personalDataRegister';
import { eraseInLedgerFile } from './sqlitePersonalDataRegister';

export interface Erasure {
  readonly participantId: string;
  readonly erasedAt: string;
}

export interface Copy {
  readonly kind: 'backup' | 'export';
  readonly path: string;
  readonly writtenAt: string;
}

const readList = <T>(file: string): T[] =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : [];

/** Written whole to a private temporary file, then renamed over the list: never half a list. */
const writeList = (file: string, list: readonly unknown[]): void => {
  ensureFolder(dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(list, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  renameSync(temporary, file);
};

export const listErasures = (file: string): Erasure[] => readList<Erasure>(file);

export const recordErasure = (file: string, erasure: Erasure): void => {
  const erasures = listErasures(file);
  if (!erasures.some(({ participantId }) => participantId === erasure.participantId))
    writeList(file, [...erasures, erasure]);
};

export const listCopies = (file: string): Copy[] => readList<Copy>(file);

/** Lists a backup or export the tool has just written (a path written again is listed once). */
export const recordCopy = (file: string, copy: Copy): void => {
  const path = resolve(copy.path);
  writeList(file, [...listCopies(file).filter((listed) => listed.path !== path), { ...copy, path }]);
};

/** The forms a name takes in an export: as written, inside JSON strings, and escaped for Markdown. */
const writtenForms = (text: string): string[] => [
  ...new Set([text, JSON.stringify(text).slice(1, -1), text.replace(/([|*_`<>[\]])/g, '\\$1')]),
];

/**
 * Replaces each text (in every form it takes in an export) by `replacement`, overwriting the file in
 * place (the same blocks, then cut to the new length) rather than writing a new file beside it.
 */
export const replaceInExport = (path: string, texts: readonly string[], replacement: string): void => {
  const before = readFileSync(path, 'utf8');
  const forms = texts
    .filter((text) => text.length > 0)
    .flatMap(writtenForms)
    .sort((a, b) => b.length - a.length);
  const after = forms.reduce((text, form) => text.split(form).join(replacement), before);
  if (after === before) return;
  const descriptor = openSync(path, 'r+');
  try {
    const bytes = Buffer.from(after, 'utf8');
    writeSync(descriptor, bytes, 0, bytes.length, 0);
    ftruncateSync(descriptor, bytes.length);
  } finally {
    closeSync(descriptor);
  }
};

/** Replaces a person's name and contact in an export by "[erased]". */
export const eraseFromExport = (path: string, person: RegisteredPerson & { status: 'registered' }): void =>
  replaceInExport(path, [person.displayName, person.contact ?? ''], ERASED);

const eraseFromBackup = (path: string, participantId: string, at: string): void => {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    eraseInLedgerFile(db, [participantId], at);
  } finally {
    db.close();
  }
};

/**
 * The register, with erasure reaching beyond it: each erasure is listed in the erasures file, and
 * every backup and export the manifest lists (and that is still on disk) is scrubbed of the person.
 * A copy that cannot be reached is reported after all the others have been scrubbed.
 */
export const erasingCopies = (
  register: PersonalDataRegister,
  files: PersonalDataFiles,
  clock: () => Date = () => new Date(),
): PersonalDataRegister => ({
  record: (participantId, details) => register.record(participantId, details),
  lookup: (participantIds) => register.lookup(participantIds),
  close: () => register.close(),
  erase: async (participantId) => {
    const person = (await register.lookup([participantId])).get(participantId);
    await register.erase(participantId);
    const erasedAt = clock().toISOString();
    recordErasure(files.erasuresFile, { participantId, erasedAt });
    const copies = listCopies(files.copiesFile);
    const unreached: string[] = [];
    for (const copy of copies.filter(({ path }) => existsSync(path))) {
      try {
        if (copy.kind === 'backup') eraseFromBackup(copy.path, participantId, erasedAt);
        else if (person?.status === 'registered') eraseFromExport(copy.path, person);
      } catch (error) {
        unreached.push(`${copy.path} (${(error as Error).message})`);
      }
    }
    const remaining = copies.filter(({ path }) => existsSync(path));
    if (remaining.length !== copies.length) writeList(files.copiesFile, remaining);
    if (unreached.length > 0)
      throw new StoreUnavailableError(
        `${participantId} is erased from the register, but not yet from ${unreached.join(', ')}: erase them again once the file can be written`,
      );
  },
});
