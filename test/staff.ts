import { TOTP, Secret } from 'otpauth';
import { createStaffService, STAFF_CHALLENGE_COOKIE, STAFF_COOKIE } from '#src/modules/identity/index.ts';
import type { TestApp } from './app.ts';

/** A fixed, valid base32 TOTP secret for tests. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The current code of a secret at the test clock's time. */
export const totpCode = (t: Pick<TestApp, 'clock'>, secret = TEST_TOTP_SECRET): string =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: t.clock.now().getTime() });

export type SignedInStaff = { token: string; cookie: string; headers: { cookie: string } };

/**
 * Signs a staff member in through both steps (password, then TOTP code). Moves the test clock
 * 30 s forward first, so a code is never a replay of the previous sign-in's.
 */
export async function signInStaff(
  t: TestApp,
  email: string,
  password: string,
  secret = TEST_TOTP_SECRET,
  headers: Record<string, string> = {},
): Promise<SignedInStaff> {
  t.clock.advance({ seconds: 30 });
  const first = await t.app.inject({
    method: 'POST',
    url: '/api/staff/session',
    payload: { email, password },
    headers,
  });
  const challenge = first.cookies.find((c) => c.name === STAFF_CHALLENGE_COOKIE);
  if (first.statusCode !== 200 || !challenge) throw new Error(`password step: ${first.statusCode} ${first.body}`);
  const cookies = [`${STAFF_CHALLENGE_COOKIE}=${challenge.value}`, headers.cookie].filter(Boolean).join('; ');
  const second = await t.app.inject({
    method: 'POST',
    url: '/api/staff/session/second-factor',
    payload: { code: totpCode(t, secret) },
    headers: { ...headers, cookie: cookies },
  });
  const session = second.cookies.find((c) => c.name === STAFF_COOKIE && c.value);
  if (second.statusCode !== 200 || !session) throw new Error(`second step: ${second.statusCode} ${second.body}`);
  const cookie = `${STAFF_COOKIE}=${session.value}`;
  return { token: session.value, cookie, headers: { cookie } };
}

/** Creates a staff member with a confirmed TOTP second factor (`secret`) and signs them in. */
export async function createSignedInStaff(
  t: TestApp,
  input: { email: string; roles: string[]; password?: string; displayName?: string; secret?: string },
): Promise<SignedInStaff & { staffId: string; password: string; secret: string }> {
  const password = input.password ?? 'ett långt testlösenord 2026';
  const secret = input.secret ?? TEST_TOTP_SECRET;
  const staff = createStaffService({ db: t.database.db, clock: t.clock });
  const staffId = await staff.create({
    email: input.email,
    displayName: input.displayName ?? input.email,
    roles: input.roles,
    password,
  });
  await staff.totp.enrolKnownSecret(staffId, secret);
  return { ...(await signInStaff(t, input.email, password, secret)), staffId, password, secret };
}
