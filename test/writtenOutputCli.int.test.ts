/** `ledger output`: a written output as Markdown or as data, now or as of a past moment, recorded as an export. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/runCli';
import { DEMO_PROGRAMME } from '../src/demo/cast';
import { prepareDemo } from '../src/demo/prepareDemo';
import { loadConfig } from '../src/infrastructure/config';
import { SqliteAccessRecordStore } from '../src/infrastructure/eventStore/sqlite/sqliteAccessRecordStore';
import { silentLogger } from '../src/infrastructure/logger';
import { openLedger } from '../src/composition/openLedger';

const folder = mkdtempSync(join(tmpdir(), 'ledger-output-'));
const env = { SQLITE_PATH: join(folder, 'ledger.db') };

const ledger = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string | Uint8Array) => ((stdout += String(text)), true) },
    stderr: { write: (text: string | Uint8Array) => ((stderr += String(text)), true), isTTY: false },
    env,
  });
  return { code, stdout, stderr };
};

beforeAll(async () => {
  const config = loadConfig(env);
  const opened = openLedger(config, { log: silentLogger });
  await prepareDemo(opened, config.demo);
  await opened.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('ledger output', () => {
  it('writes a written output as Markdown, as of a past moment', async () => {
    const { code, stdout } = await ledger(
      'output',
      DEMO_PROGRAMME,
      '--document',
      'caseStudy',
      '--occurred-at',
      '2025-01-31',
    );
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '# Harrowmere: time for relationships: Methodology case study',
      '',
      '_As it had happened by 2025-01-31, with what is known today._',
      '',
    ]);
    const outputs = lines.slice(lines.indexOf('## Outputs delivered'));
    expect(outputs).toEqual([
      '## Outputs delivered',
      '',
      '- 29 Jan 2025: The insights document was delivered to "The senior leadership team and both teams".',
      '',
    ]);
  });

  it('writes the structured form with each statement’s event ids, and records the run as an export', async () => {
    const { code, stdout } = await ledger(
      'output',
      DEMO_PROGRAMME,
      '--document',
      'blueprint',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.output).toBe('blueprint');
    expect(document.sections[0].statements[0].eventIds).toHaveLength(1);
    const record = new SqliteAccessRecordStore(loadConfig(env).audit.auditPath);
    try {
      const exports = record.find({ kinds: ['exported'] }, 0, 100).map((entry) => entry.details);
      expect(exports).toContainEqual({
        command: 'output',
        arguments: [DEMO_PROGRAMME, '--document', 'blueprint', '--format', 'json'],
      });
    } finally {
      record.close();
    }
  });

  it('says how to name the document, or which ones there are', async () => {
    const missing = await ledger('output', DEMO_PROGRAMME);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([
      2,
      'ledger output: Name the document with --document, one of insights, changeRecord, blueprint, implementation, caseStudy',
    ]);
    const unknown = await ledger('output', DEMO_PROGRAMME, '--document', 'annualReport');
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([
      2,
      'ledger output: --document is one of insights, changeRecord, blueprint, implementation, caseStudy, not "annualReport"',
    ]);
    const both = await ledger(
      'output',
      DEMO_PROGRAMME,
      '--document',
      'insights',
      '--recorded-at',
      '2025-01-01',
      '--occurred-at',
      '2025-01-01',
    );
    expect(both.stderr.split('\n')[0]).toBe('ledger output: Give --recorded-at or --occurred-at, not both');
  });
});
