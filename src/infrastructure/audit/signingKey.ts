/**
 * The ledger's Ed25519 signing key: created on first start (PKCS #8 PEM, readable by its owner only),
 * read on every start after. Its public key is published over GraphQL (`ledgerPublicKey`) and by
 * `ledger public-key`, so that anyone can check the tree heads the ledger signs.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keyIdOf } from '../../domain/audit/treeHead';
import { ConfigurationError } from '../config';
import { PRIVATE_FILE_MODE, ensureFolder } from '../ensureFolder';

export interface SigningKey {
  /** The public key as SPKI PEM: what auditors keep. */
  readonly publicKeyPem: string;
  readonly keyId: string;
  sign(message: Buffer): Buffer;
}

const VARIABLE = 'LEDGER_SIGNING_KEY_PATH';

const create = (path: string): void => {
  ensureFolder(dirname(path));
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  try {
    // 'wx': never over a key another process has just written.
    writeFileSync(path, pem, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
};

const read = (path: string): KeyObject => {
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(path));
  } catch (error) {
    throw new ConfigurationError(VARIABLE, `${path} is not a private key (${(error as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new ConfigurationError(
      VARIABLE,
      `${path} holds an ${key.asymmetricKeyType} key; the ledger signs with Ed25519`,
    );
  return key;
};

/** The public key (SPKI PEM) of the key at `path`, without creating one: for checking, never signing. */
export const publicKeyAt = (path: string): string => {
  if (!existsSync(path))
    throw new ConfigurationError(
      VARIABLE,
      `there is no signing key at ${path}; name the ledger's public key with --public-key`,
    );
  return createPublicKey(read(path)).export({ format: 'pem', type: 'spki' }).toString();
};

export const loadSigningKey = (path: string): SigningKey => {
  try {
    readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new ConfigurationError(
        VARIABLE,
        `cannot read ${path} (${(error as NodeJS.ErrnoException).code})`,
      );
    create(path);
  }
  const privateKey = read(path);
  const publicKey = createPublicKey(privateKey);
  return {
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    keyId: keyIdOf(publicKey),
    sign: (message) => sign(null, message, privateKey),
  };
};
