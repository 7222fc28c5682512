import { and, desc, eq, lt, or } from 'drizzle-orm';
import { categories, purposes, recipients } from '#src/modules/policy/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { disclosures } from './disclosures.tables.ts';
import { disclosureInputSchema, type Disclosure, type DisclosureInput } from './disclosures.types.ts';

/** A database or a transaction: a disclosure is recorded in the same transaction as what it records. */
export type DisclosureTx = Pick<Db, 'insert' | 'select'>;

/**
 * Records one disclosure of personal data to a recipient (policy §7). Refused (a validation
 * AppError naming the field) when the policy does not allow it: unknown recipient, purpose or
 * category, a recipient that does not receive data for the purpose, or a category it may not get.
 */
export async function recordDisclosure(tx: DisclosureTx, input: DisclosureInput): Promise<Disclosure> {
  const parsed = disclosureInputSchema.safeParse(input);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'disclosure', message: i.message }));
    throw new AppError(
      'validation',
      `Utlämnandet stämmer inte med integritetspolicyn / The disclosure does not match the privacy policy: ${fields
        .map((f) => `${f.field}: ${f.message}`)
        .join('; ')}`,
      fields,
    );
  }
  const [row] = await tx.insert(disclosures).values(parsed.data).returning();
  return toDisclosure(row!);
}

/** The disclosures about one data subject, newest first (keyset on time). */
export async function listDisclosures(
  db: DisclosureTx,
  subject: { type: string; id: string },
  opts: { limit: number; before?: Date | undefined },
): Promise<Disclosure[]> {
  const rows = await db
    .select()
    .from(disclosures)
    .where(
      and(
        eq(disclosures.subjectType, subject.type),
        eq(disclosures.subjectId, subject.id),
        opts.before ? lt(disclosures.at, opts.before) : undefined,
      ),
    )
    .orderBy(desc(disclosures.at), desc(disclosures.id))
    .limit(opts.limit);
  return rows.map(toDisclosure);
}

/** The disclosures made for a business reference (an order, a shipment), oldest first. */
export async function disclosuresForReferences(db: DisclosureTx, references: string[]): Promise<Disclosure[]> {
  if (references.length === 0) return [];
  const rows = await db
    .select()
    .from(disclosures)
    .where(or(...references.map((r) => eq(disclosures.reference, r))))
    .orderBy(disclosures.at, disclosures.id);
  return rows.map(toDisclosure);
}

function toDisclosure(r: typeof disclosures.$inferSelect): Disclosure {
  return {
    id: r.id,
    at: r.at.toISOString(),
    recipient: r.recipient as Disclosure['recipient'],
    purpose: r.purpose as Disclosure['purpose'],
    categories: r.categories as Disclosure['categories'],
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    reference: r.reference,
  };
}

const find = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id);

/** The policy's words for a disclosure (sv/en): the pages read like §7 of the privacy policy. */
export function disclosureWithLabels(d: Disclosure) {
  const recipient = find(recipients, d.recipient);
  return {
    ...d,
    recipientLabel: recipient?.name ?? { sv: d.recipient, en: d.recipient },
    recipientKind: recipient?.kind ?? 'processor',
    purposeLabel: find(purposes, d.purpose)?.title ?? { sv: d.purpose, en: d.purpose },
    categoryLabels: d.categories.map((c) => find(categories, c)?.label ?? { sv: c, en: c }),
  };
}
