import { asc, eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError, validationError } from '#src/platform/errors/index.ts';
import { staffSessions, staffUsers } from './identity.tables.ts';
import { staffTotp } from './totp.tables.ts';
import { oneTimePassword } from './tokens.ts';
import { createSecurityEvents } from './security-events.ts';
import type { RequestContext, StaffService } from './staff.service.ts';

export type StaffListItem = {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  mustChangePassword: boolean;
  secondFactorEnrolled: boolean;
  disabled: boolean;
};

/** Who did it: the administrator's id goes into the event's detail (an id, no personal data). */
export type AdminContext = RequestContext & { actorId: string };

const notFound = () => new AppError('not_found', 'Ingen sådan personal / No such staff member');

/**
 * Staff and role management for system administrators. Every change is a security event about
 * the staff member changed, naming the administrator who made it.
 */
export function createStaffAdmin({ db, clock, staff }: { db: Db; clock: Clock; staff: StaffService }) {
  const events = createSecurityEvents({ db, clock });
  const by = (ctx: AdminContext) => `by:${ctx.actorId}`;

  async function exists(staffId: string) {
    const [row] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.id, staffId));
    if (!row) throw notFound();
  }

  return {
    async list(): Promise<StaffListItem[]> {
      const rows = await db
        .select({ user: staffUsers, enrolledAt: staffTotp.confirmedAt })
        .from(staffUsers)
        .leftJoin(staffTotp, eq(staffTotp.staffId, staffUsers.id))
        .orderBy(asc(staffUsers.displayName));
      return rows.map(({ user: u, enrolledAt }) => ({
        id: u.id,
        email: u.email,
        displayName: u.displayName,
        roles: u.roles,
        mustChangePassword: u.mustChangePassword,
        secondFactorEnrolled: enrolledAt !== null,
        disabled: u.disabledAt !== null,
      }));
    },

    /** A new staff member with a one-time password (shown once); they set up two-step verification at first sign-in. */
    async create(
      input: { email: string; displayName: string; roles: string[] },
      ctx: AdminContext,
    ): Promise<{ id: string; email: string; oneTimePassword: string }> {
      const email = input.email.toLowerCase();
      const [taken] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email));
      if (taken) throw validationError('body.email', 'Adressen används redan / The address is already in use');
      const password = oneTimePassword();
      const id = await staff.create({ ...input, email, password, mustChangePassword: true });
      await events.record({ type: 'staff.created', ip: ctx.ip, staffId: id, detail: by(ctx) });
      return { id, email, oneTimePassword: password };
    },

    /** New roles take effect at the next request (the guard reads them from the database). */
    async setRoles(staffId: string, roles: string[], ctx: AdminContext): Promise<void> {
      if (staffId === ctx.actorId && !roles.includes('system_administration'))
        throw validationError(
          'body.roles',
          'Du kan inte ta bort din egen administratörsroll / You cannot remove your own administrator role',
        );
      const changed = await db
        .update(staffUsers)
        .set({ roles: [...new Set(roles)] })
        .where(eq(staffUsers.id, staffId))
        .returning({ id: staffUsers.id });
      if (changed.length === 0) throw notFound();
      await events.record({ type: 'staff.roles_changed', ip: ctx.ip, staffId, detail: by(ctx) });
    },

    /** Disables the staff member; every session of theirs ends at once. */
    async disable(staffId: string, ctx: AdminContext): Promise<void> {
      if (staffId === ctx.actorId)
        throw new AppError('conflict', 'Du kan inte stänga av dig själv / You cannot disable yourself');
      await exists(staffId);
      await staff.disable(staffId, ctx);
    },

    /** Removes the second factor and ends every session: the staff member enrols again at next sign-in. */
    async resetSecondFactor(staffId: string, ctx: AdminContext): Promise<void> {
      await exists(staffId);
      await db.transaction(async (t) => {
        const tx = t as unknown as Db;
        await staff.totp.reset(staffId, tx);
        await tx.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
        await events.record({ type: 'staff.second_factor_reset', ip: ctx.ip, staffId, detail: by(ctx) }, tx);
      });
    },
  };
}

export type StaffAdmin = ReturnType<typeof createStaffAdmin>;
