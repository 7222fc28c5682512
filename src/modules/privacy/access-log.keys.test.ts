import fs from 'node:fs';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendCheckpoint, readCheckpoints, signCheckpoint } from './access-log.checkpoints.ts';
import { tempAuditDir } from './access-log.fixtures.ts';
import { loadPublicKey, loadSigningKey } from './access-log.keys.ts';

const body = { seq: 3, hash: 'a'.repeat(64), at: '2026-01-15T09:00:00.000Z', count: 3 };

describe('audit folder: signing key and checkpoints file', () => {
  it('creates the key pair once (0700 folder, 0600 private key) and reuses it', async () => {
    const dir = path.join(tempAuditDir(), 'nested', 'audit');
    const a = await loadSigningKey(dir);
    const b = await loadSigningKey(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(b.publicKey.equals(a.publicKey)).toBe(true);
    expect((await loadPublicKey(dir))!.equals(a.publicKey)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['signing-key.pem', 'signing-key.pub.pem']);
  });

  it('two processes creating the key at once end up with one key', async () => {
    const dir = tempAuditDir();
    const [a, b] = await Promise.all([loadSigningKey(dir), loadSigningKey(dir)]);
    expect(a.publicKey.equals(b.publicKey)).toBe(true);
  });

  it('refuses a private key others can read, and a public key that is not its half', async () => {
    const dir = tempAuditDir();
    await loadSigningKey(dir);
    fs.chmodSync(path.join(dir, 'signing-key.pem'), 0o644);
    await expect(loadSigningKey(dir)).rejects.toMatchObject({ reason: 'key', message: /chmod 600/ });
    fs.chmodSync(path.join(dir, 'signing-key.pem'), 0o600);
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    fs.writeFileSync(path.join(dir, 'signing-key.pub.pem'), other);
    await expect(loadSigningKey(dir)).rejects.toMatchObject({ reason: 'key', message: /does not belong/ });
  });

  it('reads signed lines back; an altered, foreign, garbled or unverifiable line is a problem', async () => {
    const dir = tempAuditDir();
    const { privateKey, publicKey } = await loadSigningKey(dir);
    await appendCheckpoint(dir, signCheckpoint(body, privateKey));
    await appendCheckpoint(dir, signCheckpoint({ ...body, seq: 4 }, generateKeyPairSync('ed25519').privateKey));
    fs.appendFileSync(path.join(dir, 'checkpoints.jsonl'), '{"seq": 5\n');
    const read = await readCheckpoints(dir, publicKey);
    expect(read.lines).toBe(3);
    expect(read.valid).toEqual([{ ...body, signature: expect.any(String) }]);
    expect(read.problems.map((p) => [p.kind, p.seq, p.message])).toEqual([
      ['bad_signature', 4, expect.stringMatching(/^the checkpoint on line 2 .* has a bad signature/)],
      ['bad_signature', 0, 'line 3 of checkpoints.jsonl is not a checkpoint: the file was altered'],
    ]);
    fs.rmSync(path.join(dir, 'signing-key.pub.pem'));
    expect((await readCheckpoints(dir, await loadPublicKey(dir))).problems).toEqual([
      {
        kind: 'bad_signature',
        seq: 0,
        message: 'signing-key.pub.pem is missing from the audit folder: 3 checkpoints cannot be checked',
      },
    ]);
  });
});
