/**
 * Erasure leaves no copy of a person's details in the free space of the ledger's file: SQLite
 * keeps a deleted or shortened row's bytes in the page (or the freed page) unless secure_delete
 * overwrites them, and a later checkpoint carries that page into the main file. Every file the
 * ledger wrote (the file, its -wal and -shm) is scanned for each word of the name and the contact,
 * while the ledger is open and after it closed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  SqlitePersonalDataRegister,
  eraseInLedgerFile,
} from '../../../src/infrastructure/personalData/sqlitePersonalDataRegister';
import { tempSqliteStore } from '../../support/tempStore';

const ERASED = { displayName: 'Wilhelmina Quarrington-Fenstanton', contact: 'wilhelmina.q@fenmoor.example' };
const WORDS = ['Wilhelmina', 'Quarrington', 'Fenstanton', 'wilhelmina.q', 'fenmoor.example'];
const KEPT = [
  { displayName: 'Sam Facilitator', contact: 'sam@harrowmere.example' },
  { displayName: 'Pat Practitioner' },
];

let temp: ReturnType<typeof tempSqliteStore>;
beforeAll(() => (temp = tempSqliteStore()));
afterAll(() => temp.dispose());

/** Each file in the ledger's folder with the words of the erased person it still holds. */
const holding = (folder = temp.folder) =>
  readdirSync(folder).flatMap((file) => {
    const bytes = readFileSync(join(folder, file));
    const found = WORDS.filter((word) => bytes.includes(Buffer.from(word, 'utf8')));
    return found.length ? [[file, found]] : [];
  });

describe('erasure with secure_delete', () => {
  it('leaves no word of the name or contact in the ledger file, its -wal or -shm', async () => {
    const register = new SqlitePersonalDataRegister(temp.path);
    await register.record('prac-0', KEPT[0]!);
    await register.record('prac-1', ERASED);
    await register.record('prac-2', KEPT[1]!);
    // Before: the details are in the files (else the scan below would prove nothing).
    expect(holding().flatMap(([, found]) => found)).toEqual(expect.arrayContaining(WORDS));

    await register.erase('prac-1');
    expect(holding()).toEqual([]);
    const people = await register.lookup(['prac-0', 'prac-1', 'prac-2']);
    expect([...people.values()].map((person) => person.status)).toEqual([
      'registered',
      'erased',
      'registered',
    ]);
    await register.close();
    await temp.store.close();
    expect(holding()).toEqual([]);
  });

  it('leaves none in a copy erased on a connection of its own (a backup, a restore)', async () => {
    const copy = tempSqliteStore();
    try {
      const register = new SqlitePersonalDataRegister(copy.path);
      await register.record('prac-0', KEPT[0]!);
      await register.record('prac-1', ERASED);
      await register.close();
      await copy.store.close();
      expect(holding(copy.folder).flatMap(([, found]) => found)).toEqual(expect.arrayContaining(WORDS));
      const db = new Database(copy.path);
      eraseInLedgerFile(db, ['prac-1'], '2026-12-01T09:00:00.000Z');
      db.close();
      expect(holding(copy.folder)).toEqual([]);
    } finally {
      await copy.dispose();
    }
  });
});
