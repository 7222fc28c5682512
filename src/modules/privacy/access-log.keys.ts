import fs from 'node:fs/promises';
import path from 'node:path';
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { AccessLogError } from './access-log.errors.ts';

/**
 * The Ed25519 key pair that signs checkpoints, kept in the audit folder, outside the database:
 * someone who can rewrite the database cannot re-sign the checkpoints. Keep a copy of the public
 * half (signing-key.pub.pem) elsewhere too; with it anyone can check the checkpoints.
 */
export const keyFiles = (auditDir: string) => ({
  private: path.join(auditDir, 'signing-key.pem'),
  public: path.join(auditDir, 'signing-key.pub.pem'),
});

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Writes a file only if none is there: written aside, synced, then hard-linked into place, which
 * fails if another process got there first (that file wins, whole). Returns whether it wrote.
 */
async function createExclusive(file: string, text: string, mode: number): Promise<boolean> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  const handle = await fs.open(tmp, 'wx', mode);
  try {
    await handle.chmod(mode); // whatever the umask
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(tmp, file);
    return true;
  } catch (e) {
    if (errno(e) === 'EEXIST') return false;
    throw e;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

const publicPem = (key: KeyObject) => createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();

/** The signing key, created on first use (private key mode 0600, the folder 0700). */
export async function loadSigningKey(auditDir: string): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  const files = keyFiles(auditDir);
  await fs.mkdir(auditDir, { recursive: true, mode: 0o700 });
  let pem = await readIfExists(files.private);
  if (pem === undefined) {
    const { privateKey } = generateKeyPairSync('ed25519');
    await createExclusive(files.private, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 0o600);
    pem = await fs.readFile(files.private, 'utf8'); // ours, or the one another process wrote first
  }
  const mode = (await fs.stat(files.private)).mode & 0o777;
  if (mode & 0o077) {
    throw new AccessLogError('key', `${files.private} is open to others (mode ${mode.toString(8)}): chmod 600 it`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new AccessLogError('key', `${files.private} is not a private key`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new AccessLogError('key', `${files.private} is not an Ed25519 key`);
  }
  const expected = publicPem(privateKey);
  let existing = await readIfExists(files.public);
  if (existing === undefined && !(await createExclusive(files.public, expected, 0o644))) {
    existing = await fs.readFile(files.public, 'utf8');
  }
  if (existing !== undefined && existing.trim() !== expected.trim()) {
    throw new AccessLogError('key', `${files.public} does not belong to ${files.private}`);
  }
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** The public key alone (all `verify()` needs), or undefined when there is none yet. */
export async function loadPublicKey(auditDir: string): Promise<KeyObject | undefined> {
  const pem = await readIfExists(keyFiles(auditDir).public);
  if (pem === undefined) return undefined;
  try {
    return createPublicKey(pem);
  } catch {
    throw new AccessLogError('key', `${keyFiles(auditDir).public} is not a public key`);
  }
}
