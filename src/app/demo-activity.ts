import { asc, eq } from 'drizzle-orm';
import { companies, contacts, customersInventory } from '#src/modules/customers/index.ts';
import { staffUsers } from '#src/modules/identity/index.ts';
import { createPurposeAccess, type StaffActor } from '#src/modules/privacy/index.ts';
import type { PurposeId } from '#src/modules/policy/index.ts';
import type { Runtime } from './runtime.ts';

const [companyInv, contactInv] = customersInventory;
const tables = { contact: contactInv!, company: companyInv! };

/** Who looked up whom in the demo: role, purpose, and the n-th demo contact. */
const LOOKUPS: { role: string; purpose: PurposeId; contact: number }[] = [
  { role: 'customer_service', purpose: 'b.customer_service', contact: 0 },
  { role: 'order_administration', purpose: 'a.orders', contact: 0 },
  { role: 'customer_service', purpose: 'b.customer_service', contact: 1 },
  { role: 'marketing', purpose: 'c.marketing', contact: 2 },
  { role: 'finance', purpose: 'a.orders', contact: 1 },
  { role: 'privacy_officer', purpose: 'g.legal_obligations', contact: 3 },
];

/**
 * Demo staff activity, so the access log and "who accessed my data" have entries from the first
 * start. The lookups go through purpose-bound access exactly as the back office's do. Once only.
 */
export async function seedStaffActivity(rt: Runtime): Promise<number> {
  const { db } = rt.database;
  const [{ n }] = (await rt.database.query<{ n: number }>('select count(*)::int as n from access_log')) as [
    { n: number },
  ];
  if (n > 0) return 0;
  const people = await db.select({ id: contacts.id }).from(contacts).orderBy(asc(contacts.email)).limit(4);
  const staff = await db.select({ id: staffUsers.id, roles: staffUsers.roles }).from(staffUsers);
  const access = createPurposeAccess({ log: rt.accessLog });
  let done = 0;
  for (const l of LOOKUPS) {
    const who = staff.find((s) => s.roles.includes(l.role));
    const subject = people[l.contact];
    if (!who || !subject) continue;
    const actor: StaffActor = { staffId: who.id, roles: who.roles, ip: '127.0.0.1' };
    await access.read({ actor, purpose: l.purpose, subject: { type: 'contact', id: subject.id }, tables }, async () => {
      const [row] = await db
        .select({ contact: contacts, company: companies })
        .from(contacts)
        .innerJoin(companies, eq(contacts.companyId, companies.id))
        .where(eq(contacts.id, subject.id));
      return row ?? null;
    });
    done++;
  }
  await rt.accessLog.checkpoint();
  return done;
}
