import { inArray } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { createStaffService, otpauthUri, staffUsers } from '#src/modules/identity/index.ts';
import { DEMO_STAFF, demoTotpSecret } from './demo-staff.ts';

/** A demo login: password, and the TOTP secret of the second factor (demo data only). */
export type StaffLogin = { email: string; password: string; roles: string[]; totpSecret: string; otpauthUri: string };

/** Creates the demo staff users that are missing; returns every demo login. */
export async function seedStaff(db: Db, clock: Clock, progress: (msg: string) => void): Promise<StaffLogin[]> {
  const emails = DEMO_STAFF.map((s) => s.email);
  const rows = await db
    .select({ id: staffUsers.id, email: staffUsers.email })
    .from(staffUsers)
    .where(inArray(staffUsers.email, emails));
  const existing = new Set(rows.map((r) => r.email));
  const staff = createStaffService({ db, clock });
  const missing = DEMO_STAFF.filter((s) => !existing.has(s.email));
  for (const s of missing) {
    const id = await staff.create(s);
    await staff.totp.enrolKnownSecret(id, demoTotpSecret(s.email));
  }
  // Demo users from before the second factor existed get the printed secret too.
  for (const r of rows)
    if (!(await staff.totp.isEnrolled(r.id))) await staff.totp.enrolKnownSecret(r.id, demoTotpSecret(r.email));
  progress(missing.length ? `staff: ${missing.length} demo users created` : 'staff: demo users already present');
  return DEMO_STAFF.map(({ email, password, roles }) => ({
    email,
    password,
    roles: [...roles],
    totpSecret: demoTotpSecret(email),
    otpauthUri: otpauthUri(demoTotpSecret(email), email),
  }));
}
