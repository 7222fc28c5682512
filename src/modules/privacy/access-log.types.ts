import { isIP } from 'node:net';
import { z } from 'zod';
import {
  categories,
  purposes,
  roles,
  type CategoryId,
  type PurposeId,
  type RoleId,
} from '#src/modules/policy/index.ts';

/**
 * The access log's entries, checked against the policy: a purpose, role or category the policy
 * does not name is refused, so the log can only ever speak the policy's vocabulary.
 */

export const actorTypes = ['staff', 'system'] as const;
export const subjectTypes = ['contact', 'company', 'guest', 'prospect'] as const;
export const accessActions = ['read', 'create', 'update', 'delete', 'export', 'disclose'] as const;

const ids = <T extends string>(list: readonly { id: T }[]) => list.map((x) => x.id) as [T, ...T[]];

export const accessLogEntrySchema = z
  .strictObject({
    actorType: z.enum(actorTypes),
    // Lower case, as PostgreSQL returns a uuid: the hash must survive the round trip.
    actorId: z
      .uuid()
      .transform((s) => s.toLowerCase())
      .nullable(),
    actorRole: z.enum([...ids<RoleId>(roles), 'system'] as [RoleId | 'system', ...(RoleId | 'system')[]]),
    purpose: z.enum(ids<PurposeId>(purposes)),
    subjectType: z.enum(subjectTypes),
    // Well-formed (no lone surrogates), so that it has a canonical JSON form to hash.
    subjectId: z
      .string()
      .min(1)
      .max(200)
      .refine((s) => s.isWellFormed(), 'must be well-formed Unicode'),
    // Sorted and without repeats: one canonical form per set of categories.
    categories: z
      .array(z.enum(ids<CategoryId>(categories)))
      .min(1, 'name at least one category of personal data')
      .transform((c) => [...new Set(c)].sort()),
    action: z.enum(accessActions),
    ip: z
      .string()
      .refine((s) => isIP(s) !== 0, 'must be an IPv4 or IPv6 address')
      .nullable(),
  })
  .superRefine((e, ctx) => {
    if (e.actorType === 'system' && (e.actorRole !== 'system' || e.actorId !== null)) {
      ctx.addIssue({ code: 'custom', path: ['actorRole'], message: "a system actor has role 'system' and no actorId" });
    }
    if (e.actorType === 'staff' && (e.actorRole === 'system' || e.actorId === null)) {
      ctx.addIssue({ code: 'custom', path: ['actorId'], message: 'a staff actor has a staff role and an actorId' });
    }
  });

export type AccessLogEntryInput = z.input<typeof accessLogEntrySchema>;
export type AccessLogEntry = z.output<typeof accessLogEntrySchema>;

/** One row of the log as stored (and as read back for verification: plain strings). */
export type ChainRow = {
  seq: number;
  /** ISO 8601 in UTC with milliseconds, as `Date.toISOString()` writes it. */
  at: string;
  actorType: string;
  actorId: string | null;
  actorRole: string;
  purpose: string;
  subjectType: string;
  subjectId: string;
  categories: string[];
  action: string;
  ip: string | null;
  prevHash: string;
  hash: string;
};

/**
 * What the data subject sees of an access: when, by which role, for which purpose, which
 * categories and what was done. The policy names no staff, so the role is what the customer
 * sees: never the staff member's name, id or address.
 */
export type SubjectAccess = {
  seq: number;
  at: string;
  actorRole: RoleId | 'system';
  purpose: PurposeId;
  categories: CategoryId[];
  action: (typeof accessActions)[number];
};

export type ProblemKind =
  | 'edited'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'renumbered'
  | 'truncated'
  | 'checkpoint_mismatch'
  | 'bad_signature';

/** One finding of `verify()`. `seq` names the entry (for a checkpoint line without one: 0). */
export type Problem = { kind: ProblemKind; seq: number; message: string };

export type VerifyResult = { ok: boolean; entries: number; checkpoints: number; problems: Problem[] };

/** What a checkpoint signs: the latest entry's seq and hash, when, and how many entries there were. */
export type CheckpointBody = { seq: number; hash: string; at: string; count: number };
export type Checkpoint = CheckpointBody & { signature: string };
