/**
 * EventStoreDB connection strings, checked before the client sees them and never shown with their
 * password. The client prints the whole string (password included) to stderr when it meets an
 * option it does not know or `tlsVerifyCert=false`; refusing those here, with a message that names
 * only the option, keeps credentials out of every log.
 */

const SHAPE = /^esdb(\+discover)?:\/\/(?:[^:@/?#\s]+:[^@/?#\s]+@)?[^@/?#\s]+\/?(\?[^#\s]*)?$/;
const CREDENTIALS = /^([a-z][a-z0-9+.-]*:\/\/)([^:@/?#\s]+):([^@/?#\s]+)@/i;

/** The client's options, by the flattened name it matches them on (case, '-' and '_' ignored). */
const OPTIONS: Readonly<Record<string, 'text' | 'integer' | 'boolean' | 'nodePreference'>> = {
  usercertfile: 'text',
  userkeyfile: 'text',
  tlscafile: 'text',
  connectionname: 'text',
  maxdiscoverattempts: 'integer',
  defaultdeadline: 'integer',
  discoveryinterval: 'integer',
  gossiptimeout: 'integer',
  keepaliveinterval: 'integer',
  keepalivetimeout: 'integer',
  tls: 'boolean',
  tlsverifycert: 'boolean',
  throwonappendfailure: 'boolean',
  nodepreference: 'nodePreference',
};
const NODE_PREFERENCES = ['leader', 'follower', 'random', 'readonlyreplica'];

const flat = (key: string) => key.trim().toLowerCase().replace(/[_-]/g, '');

/** The string as it may be shown: any password replaced by `***`. */
export const redactConnectionString = (connectionString: string): string =>
  connectionString.replace(CREDENTIALS, '$1$2:***@');

/** `text` with the connection string's password (as written, and decoded) replaced by `***`. */
export const withoutPassword = (text: string, connectionString: string): string => {
  const password = CREDENTIALS.exec(connectionString)?.[3];
  if (!password) return text;
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // A malformed escape: only the raw form can appear.
  }
  return [password, decoded].reduce((shown, secret) => shown.split(secret).join('***'), text);
};

const optionProblem = (rawKey: string, value: string): string | undefined => {
  const kind = OPTIONS[flat(rawKey)];
  if (!kind)
    return `"${rawKey}" is not an option of the EventStoreDB client (known: ${Object.keys(OPTIONS).join(', ')})`;
  if (kind === 'boolean' && value !== 'true' && value !== 'false') return `${rawKey} must be true or false`;
  if (kind === 'integer' && !/^\d+$/.test(value)) return `${rawKey} must be a whole number`;
  if (kind === 'nodePreference' && !NODE_PREFERENCES.includes(flat(value)))
    return `nodePreference must be one of leader, follower, random, readOnlyReplica`;
  if (flat(rawKey) === 'tlsverifycert' && value === 'false')
    return "tlsVerifyCert=false has no effect with this client; give the server's certificate authority with tlsCAFile instead";
  return undefined;
};

/** What is wrong with a connection string, in words that never repeat its password; undefined if nothing. */
export const connectionStringProblem = (connectionString: string): string | undefined => {
  if (!SHAPE.test(connectionString))
    return `"${redactConnectionString(connectionString)}" is not an EventStoreDB connection string (expected e.g. esdb://localhost:2113?tls=false)`;
  const query = connectionString.split('?')[1];
  for (const pair of query ? query.split('&') : []) {
    const [key = '', value, ...rest] = pair.split('=');
    if (!key || value === undefined || value === '' || rest.length > 0)
      return `"${withoutPassword(pair, connectionString)}" is not a key=value option`;
    const problem = optionProblem(key, value.trim());
    if (problem) return problem;
  }
  return undefined;
};
