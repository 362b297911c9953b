/** `ledger tokens create|list|revoke`: API keys in the keys file, for operators on the ledger's machine. */
import { parseArgs } from 'node:util';
import { ApiKeys } from '../graphql/auth/apiKeys';
import { CALLER_ROLES, type CallerRole } from '../graphql/auth/roles';
import { ID, ID_RULE } from '../graphql/inputs/rules';
import type { LedgerConfig } from '../infrastructure/config';
import type { LedgerCommand } from './command';
import { UsageError, type CliIo } from './io';

const keysOf = (config: LedgerConfig) =>
  new ApiKeys({ file: config.auth.apiKeysFile, fromEnvironment: config.auth.apiKeysFromEnvironment });

const create = (args: string[], config: LedgerConfig, io: CliIo) => {
  const { values, positionals } = parseArgs({
    args,
    options: {
      role: { type: 'string', multiple: true },
      actor: { type: 'string' },
      label: { type: 'string' },
      programme: { type: 'string', multiple: true },
    },
  });
  if (positionals.length > 0) throw new UsageError(`tokens create takes no ${positionals.join(' ')}`);
  const roles = values.role ?? [];
  if (roles.length === 0) throw new UsageError(`Give at least one --role (${CALLER_ROLES.join(', ')})`);
  const unknown = roles.filter((role) => !(CALLER_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0)
    throw new UsageError(`--role ${unknown.join(', ')} is not a role; roles are ${CALLER_ROLES.join(', ')}`);
  const actorId = values.actor;
  if (!actorId) throw new UsageError('Give the --actor the token speaks for (e.g. a participant id)');
  if (!ID.test(actorId)) throw new UsageError(`--actor ${ID_RULE}`);
  if (values.programme?.some((programmeId) => !ID.test(programmeId)))
    throw new UsageError(`--programme ${ID_RULE}`);
  const { key, record } = keysOf(config).issue({
    actorId,
    roles: roles as CallerRole[],
    ...(values.label ? { label: values.label } : {}),
    ...(values.programme?.length ? { programmes: values.programme } : {}),
  });
  io.stdout.write(`${key}\n`);
  io.stderr.write(
    `Issued API key ${record.keyId} for ${actorId} (${record.roles.join(', ')}${record.programmes ? `; programmes ${record.programmes.join(', ')} only` : ''}) into ${config.auth.apiKeysFile}. ` +
      'Only its hash is kept: copy the key now, it is not shown again.\n',
  );
};

const list = (args: string[], config: LedgerConfig, io: CliIo) => {
  if (args.length > 0) throw new UsageError(`tokens list takes no ${args.join(' ')}`);
  for (const key of keysOf(config).list())
    io.stdout.write(
      `${key.keyId}  ${key.actorId}  ${key.roles.join(',')}  ${key.revokedAt ? `revoked ${key.revokedAt}` : 'active'}  ${[key.label, key.programmes && `(programmes ${key.programmes.join(',')} only)`].filter(Boolean).join('  ')}\n`,
    );
};

const revoke = (args: string[], config: LedgerConfig, io: CliIo) => {
  if (args.length !== 1) throw new UsageError('Name the one key to revoke by its id (see tokens list)');
  const record = keysOf(config).revoke(args[0]!);
  io.stderr.write(`Revoked API key ${record.keyId} (${record.actorId}) at ${record.revokedAt}\n`);
};

const ACTIONS = { create, list, revoke };

export const tokens: LedgerCommand = {
  name: 'tokens',
  usage: [
    'tokens create --role <role> [--role <role>]... --actor <id> [--label <text>] [--programme <id>]...',
    '  Issues an API key into the keys file (the running ledger picks it up) and prints it once;',
    '  with --programme, the key reads and records in those programmes only.',
    `  Roles: ${CALLER_ROLES.join(', ')}.`,
    '  Also: ledger tokens list; ledger tokens revoke <keyId>.',
  ],
  run: async ([action, ...args], config, io) => {
    const chosen = ACTIONS[action as keyof typeof ACTIONS];
    if (!chosen) throw new UsageError(`tokens takes create, list or revoke, not "${action ?? ''}"`);
    chosen(args, config, io);
  },
};
