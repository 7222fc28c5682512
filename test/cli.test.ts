import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

/** Production needs the card payment service's address and secrets (never contacted here). */
const PAYMENT_ENV = {
  PAYMENT_API_URL: 'https://payments.invalid',
  PAYMENT_API_KEY: 'sk_test_unused_here',
  PAYMENT_WEBHOOK_SECRET: 'whsec_unused_here_0123456789',
  CARRIER_API_URL: 'https://carrier.invalid/rs-extapi/v1',
  CARRIER_API_KEY: 'carrier-key-unused-0123456789',
  CARRIER_WEBHOOK_SECRET: 'carrier_webhook_unused_0123456789',
  PSEUDONYM_KEY: 'pseudonym-key-unused-0123456789abcdef',
  MARKETING_TOKEN_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  PERSONNUMMER_HMAC_KEY: 'personnummer_hmac_unused_0123456789abcdef',
};

const BIN = path.resolve('bin/kliniksupport.js');
const env = (extra: Record<string, string>) => {
  const e: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'warn' };
  delete e.DATABASE_URL;
  delete e.NODE_ENV;
  return { ...e, ...extra };
};
const run = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { env: env(extra), encoding: 'utf8', timeout: 120_000 });

/** Starts `serve` and resolves once it prints its address. */
function serve(
  dataDir: string,
  extra: Record<string, string> = {},
): Promise<{ child: ChildProcessWithoutNullStreams; url: string; out: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env: env({ DATA_DIR: dataDir, PORT: '0', ...extra }) });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /körs på (http:\/\/localhost:\d+)/.exec(out);
      if (m && /Stop with Ctrl\+C/.test(out)) resolve({ child, url: m[1]!, out: () => out });
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c))));

const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

describe('the kliniksupport command line', () => {
  it('stops with exit code 1 naming a bad variable', () => {
    const r = run(['serve'], { PORT: 'abc' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PORT');
  });

  it('prints the art. 30 record as JSON, CSV and Markdown', () => {
    const json = run(['ropa', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toBeTypeOf('object');
    expect(run(['ropa', '--format', 'csv']).stdout.split('\n').length).toBeGreaterThan(7);
    expect(run(['ropa', '--format', 'md']).stdout).toMatch(/^#/m);
    expect(run(['ropa', '--format', 'xml']).status).not.toBe(0);
  });

  it('lists policy coverage, clause by clause', () => {
    const r = run(['policy', 'coverage']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('purpose:a.account');
    // Each clause lists its enforcement points (or "not enforced yet"), e.g. withdrawal of consent.
    expect(r.stdout).toMatch(/right:withdraw_consent {2}Right to withdraw consent\n {4}marketing: /);
  });

  it('serves on the embedded database; a second process on the same folder exits naming it; SIGTERM stops cleanly', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-serve-'));
    const first = await serve(dataDir);
    children.push(first.child);
    expect(first.out()).toMatch(/Back office: http:\/\/localhost:\d+\/admin/);
    const policy = await fetch(`${first.url}/integritetspolicy`);
    expect(policy.status).toBe(200);

    const second = run(['serve'], { DATA_DIR: dataDir, PORT: '0' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(dataDir);
    expect(second.stderr).toContain(`pid ${first.child.pid}`);

    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'kliniksupport.lock'))).toBe(false);
  });

  it('in production seeds nothing and creates the first administrator with a one-time password', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-prod-'));
    const prod = await serve(dataDir, { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525', ...PAYMENT_ENV });
    children.push(prod.child);
    const pw = /engångslösenord \/ one-time password: (\S+)/.exec(prod.out())?.[1];
    expect(pw).toMatch(/^[\w-]{20,}$/);
    const products = await (await fetch(`${prod.url}/api/catalog/products`)).json();
    expect(products.total).toBe(0);
    prod.child.kill('SIGTERM');
    expect(await exited(prod.child)).toBe(0);
    // A second start prints no password again.
    const again = await serve(dataDir, { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525', ...PAYMENT_ENV });
    children.push(again.child);
    expect(again.out()).not.toContain('engångslösenord');
    again.child.kill('SIGTERM');
    await exited(again.child);
  });
});
