import { inArray } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { createStaffService, staffUsers } from '#src/modules/identity/index.ts';
import { DEMO_STAFF } from './demo-staff.ts';

export type StaffLogin = { email: string; password: string; roles: string[] };

/** Creates the demo staff users that are missing; returns every demo login. */
export async function seedStaff(db: Db, clock: Clock, progress: (msg: string) => void): Promise<StaffLogin[]> {
  const emails = DEMO_STAFF.map((s) => s.email);
  const existing = new Set(
    (await db.select({ email: staffUsers.email }).from(staffUsers).where(inArray(staffUsers.email, emails))).map(
      (r) => r.email,
    ),
  );
  const staff = createStaffService({ db, clock });
  const missing = DEMO_STAFF.filter((s) => !existing.has(s.email));
  for (const s of missing) await staff.create(s);
  progress(missing.length ? `staff: ${missing.length} demo users created` : 'staff: demo users already present');
  return DEMO_STAFF.map(({ email, password, roles }) => ({ email, password, roles: [...roles] }));
}
