/**
 * The dashboard's operations are checked against the schema when it is built: a schema that no
 * longer has a field the dashboard reads stops the build and names the operation's file and line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

const check = (schema: string) => {
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-schema-'));
  const file = join(folder, 'schema.graphql');
  writeFileSync(file, schema);
  const run = spawnSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--transpile-only',
      '-P',
      'tsconfig.json',
      'dashboard/codegen.ts',
      `--schema=${file}`,
      '--check',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  rmSync(folder, { recursive: true, force: true });
  return run;
};

describe("checking the dashboard's operations against the schema", () => {
  const schema = readFileSync(join(ROOT, 'schema.graphql'), 'utf8');

  it('passes against the schema the ledger publishes', () => {
    const run = check(schema);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it('stops the build when a field the dashboard reads is gone, naming the file and line', () => {
    // As if a schema change renamed the count of kept small changes.
    const renamed = schema.replace(/(type SmallChangeCounts \{[^}]*\n {2})kept: Int!/, '$1retained: Int!');
    expect(renamed).toContain('retained: Int!');
    const run = check(renamed);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("The dashboard's GraphQL operations do not fit schema.graphql:");
    expect(run.stderr).toMatch(
      /dashboard\/src\/operations\/overview\.graphql:\d+:\d+: Cannot query field "kept" on type "SmallChangeCounts"\./,
    );
  }, 60_000);
});
