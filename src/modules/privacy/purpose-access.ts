import {
  categoriesOfRole,
  purposesOfRole,
  type CategoryId,
  type PurposeId,
  type RoleId,
} from '#src/modules/policy/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { TableInventory } from './inventory.ts';
import type { AccessLog } from './access-log.service.ts';
import type { accessActions } from './access-log.types.ts';

/** A staff member asking for personal data, and from where. */
export type StaffActor = { staffId: string; roles: readonly string[]; ip: string | null };
export type SubjectRef = { type: 'contact' | 'company'; id: string };
export type AccessAction = (typeof accessActions)[number];

/** What purpose-bound access needs of the access log. */
export type AccessLogWriter = Pick<AccessLog, 'append'>;

/** The role an actor acts in for a purpose, and the categories that role may use for it. */
export function roleForPurpose(actor: StaffActor, purpose: PurposeId): { role: RoleId; categories: Set<CategoryId> } {
  const roles = actor.roles.filter((r): r is RoleId =>
    (purposesOfRole(r as RoleId) as readonly string[]).includes(purpose),
  );
  if (roles.length === 0) {
    throw new AppError(
      'forbidden',
      `Din roll får inte använda uppgifter för ändamålet ${purpose} / Your role may not use data for purpose ${purpose}`,
    );
  }
  // Several roles may serve the purpose: the one that may see the most acts.
  const best = roles
    .map((role) => ({ role, categories: new Set(categoriesOfRole(role, purpose)) }))
    .sort((a, b) => b.categories.size - a.categories.size)[0]!;
  return best;
}

/**
 * Keeps the fields of a row that the purpose may use: non-personal fields, and personal fields
 * whose category the role may use for the purpose and whose declaration lists the purpose.
 * Secrets (credentials) and fields the inventory does not know are dropped (fail closed).
 */
export function filterRow<R extends Record<string, unknown>>(
  row: R,
  table: TableInventory,
  purpose: PurposeId,
  allowed: ReadonlySet<CategoryId>,
): { row: Partial<R>; categories: CategoryId[] } {
  const out: Partial<R> = {};
  const used = new Set<CategoryId>();
  for (const [key, value] of Object.entries(row)) {
    const decl = table.byKey[key];
    if (decl === 'other') {
      out[key as keyof R] = value as R[keyof R];
    } else if (decl && decl !== 'secret' && allowed.has(decl.category) && decl.purposes.includes(purpose)) {
      out[key as keyof R] = value as R[keyof R];
      if (value !== null && value !== undefined) used.add(decl.category);
    }
  }
  return { row: out, categories: [...used].sort() };
}

/**
 * Purpose-bound access to personal data for staff: the actor's role must serve the purpose, only
 * the fields the purpose may use are returned, and every access is appended to the access log
 * with the categories actually handed out.
 */
/**
 * Restriction of processing (GDPR art. 18): a subject whose records an erasure had to keep for a
 * law. Their data may be used only for that law's purpose (legal obligations), nothing else.
 */
export type RestrictionCheck = (subject: SubjectRef) => Promise<boolean>;
export const RESTRICTED_PURPOSES_ALLOWED: readonly PurposeId[] = ['g.legal_obligations'];

export function createPurposeAccess({ log, restricted }: { log: AccessLogWriter; restricted?: RestrictionCheck }) {
  return {
    roleForPurpose,

    /** Reads rows about one data subject, from one or more declared tables. */
    async read<T extends Record<string, Record<string, unknown> | Record<string, unknown>[] | null>>(
      ctx: { actor: StaffActor; purpose: PurposeId; subject: SubjectRef; tables: { [K in keyof T]: TableInventory } },
      load: () => Promise<T | null>,
    ): Promise<{ [K in keyof T]: T[K] extends (infer E)[] ? Partial<E>[] : Partial<NonNullable<T[K]>> | null } | null> {
      const { role, categories: allowed } = roleForPurpose(ctx.actor, ctx.purpose);
      if (!RESTRICTED_PURPOSES_ALLOWED.includes(ctx.purpose) && (await restricted?.(ctx.subject)))
        throw new AppError(
          'forbidden',
          'Uppgifterna är spärrade och får bara användas för det lagen kräver (GDPR art. 18) / The data is restricted to what the law requires (GDPR art. 18)',
        );
      const data = await load();
      if (!data) return null;
      const used = new Set<CategoryId>();
      const out: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(data)) {
        const table = ctx.tables[name as keyof T];
        const one = (r: Record<string, unknown>) => {
          const f = filterRow(r, table, ctx.purpose, allowed);
          f.categories.forEach((c) => used.add(c));
          return f.row;
        };
        out[name] = value === null ? null : Array.isArray(value) ? value.map(one) : one(value);
      }
      if (used.size > 0) {
        await log.append({
          actorType: 'staff',
          actorId: ctx.actor.staffId,
          actorRole: role,
          purpose: ctx.purpose,
          subjectType: ctx.subject.type,
          subjectId: ctx.subject.id,
          categories: [...used].sort(),
          action: 'read',
          ip: ctx.actor.ip,
        });
      }
      return out as never;
    },
  };
}

export type PurposeAccess = ReturnType<typeof createPurposeAccess>;
