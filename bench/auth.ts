import { createHash, randomBytes } from 'node:crypto';
import fastify from 'fastify';
import cookie from '@fastify/cookie';
import { createShell } from '#src/platform/http/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { createStaffGuards, createStaffService, hashPassword, verifyPassword } from '#src/modules/identity/index.ts';
import { registerCustomersStaffRoutes } from '#src/modules/customers/index.ts';
import { createPurposeAccess } from '#src/modules/privacy/index.ts';
import { listen, type Server } from './bare.ts';

export const PASSWORD = 'bänkprov för inloggning 2026';
/** The argon2id parameters of src/modules/identity/password.ts (OWASP's baseline). */
export const ARGON2_COST = 'argon2id m=19456 KiB, t=2, p=1';

/** A seeded contact made able to sign in, and a customer-service staff member with a live session. */
export async function prepareAuthFixtures(database: Database, clock: Clock) {
  const [contact] = await database.query<{ id: string; email: string }>(
    'select id, email from contacts order by email limit 1',
  );
  if (!contact) throw new Error('no contact to sign in with: seed first');
  await database.query('update contacts set password_hash = $1, email_verified_at = $2 where id = $3', [
    await hashPassword(PASSWORD),
    clock.now(),
    contact.id,
  ]);
  const staff = createStaffService({ db: database.db, clock });
  const staffId = await staff.create({
    email: `bench-${randomBytes(4).toString('hex')}@kliniksupport.test`,
    displayName: 'Bench Kundtjänst',
    roles: ['customer_service'],
    password: PASSWORD,
  });
  // A confirmed second factor, and a session as the two sign-in steps would leave it (the token's
  // SHA-256 stored), without the interactive steps.
  await staff.totp.enrolKnownSecret(staffId, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  const token = randomBytes(32).toString('base64url');
  const now = clock.now();
  await database.query(
    'insert into staff_sessions (token_hash, staff_id, created_at, last_seen_at) values ($1, $2, $3, $3)',
    [createHash('sha256').update(token).digest('hex'), staffId, now],
  );
  return { contactId: contact.id, email: contact.email, staffCookie: `__Host-ks_staff=${token}` };
}

/**
 * The sign-in baseline: a bare Fastify route that looks the contact up by the same index and
 * verifies the password with the same argon2id parameters — no session, no throttle, no events.
 */
export async function startBareSignIn(database: Database): Promise<Server> {
  const app = fastify({ logger: false });
  app.post('/api/customers/session', async (req, reply) => {
    const { email, password } = req.body as { email: string; password: string };
    const [c] = await database.query<{ h: string }>('select password_hash as h from contacts where email = $1', [
      email,
    ]);
    const ok = c?.h ? await verifyPassword(c.h, password) : false;
    return reply.code(ok ? 200 : 401).send({ ok });
  });
  const url = await listen(app);
  return { url, close: () => app.close() };
}

/**
 * The staff customer lookup exactly as the platform registers it, but with an access log that
 * writes nothing: the same guards, purpose check, field filtering and query, in one shell.
 */
export async function startLookupWithoutLog(database: Database, clock: Clock): Promise<Server> {
  const app = await createShell({ log: createLogger({ level: 'silent' }), ready: async () => true, version: 'bench' });
  await app.register(cookie);
  const guards = createStaffGuards(createStaffService({ db: database.db, clock }));
  registerCustomersStaffRoutes(app, {
    db: database.db,
    access: createPurposeAccess({ log: { append: async () => ({ seq: 0, hash: '' }) } }),
    auth: { requireStaffFor: guards.requireActiveStaff, actorOf: guards.actorOf },
  });
  const url = await listen(app);
  return { url, close: () => app.close() };
}
