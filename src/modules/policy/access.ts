import { policy, type CategoryId, type PurposeId, type RoleId } from './policy.data.ts';
import type { AccessMode } from './policy.types.ts';

/**
 * Purpose-bound access (§9): a role serves purposes, a purpose is bound to categories, and a
 * role may be narrowed to part of a purpose's categories. Anything not granted is refused,
 * including ids that slipped past the types.
 */

type Grant = { purpose: PurposeId; access: AccessMode; categories?: readonly CategoryId[] };

function grantsOf(role: RoleId): readonly Grant[] {
  return policy.roles.find((r) => r.id === role)?.grants ?? [];
}

export function purposesOfRole(role: RoleId): readonly PurposeId[] {
  return grantsOf(role).map((g) => g.purpose);
}

export function categoriesOfPurpose(purpose: PurposeId): readonly CategoryId[] {
  return policy.purposes.find((p) => p.id === purpose)?.categories ?? [];
}

/** The categories a role may use for a purpose: the purpose's, or the role's narrower set. */
export function categoriesOfRole(role: RoleId, purpose: PurposeId): readonly CategoryId[] {
  const grant = grantsOf(role).find((g) => g.purpose === purpose);
  if (!grant) return [];
  return grant.categories ?? categoriesOfPurpose(purpose);
}

export function rolesOfPurpose(purpose: PurposeId): readonly RoleId[] {
  return policy.roles.filter((r) => purposesOfRole(r.id).includes(purpose)).map((r) => r.id);
}

export type UseRefusal = 'purpose_not_allowed' | 'write_not_allowed' | 'categories_not_allowed';

export type UseDecision =
  { ok: true } | { ok: false; reason: UseRefusal; refused: readonly CategoryId[]; message: string };

export function mayRoleUse(
  role: RoleId,
  purpose: PurposeId,
  categories: readonly CategoryId[],
  access: AccessMode = 'read',
): UseDecision {
  const grant = grantsOf(role).find((g) => g.purpose === purpose);
  if (!grant) {
    return {
      ok: false,
      reason: 'purpose_not_allowed',
      refused: [...categories],
      message: `role ${role} does not serve purpose ${purpose}`,
    };
  }
  if (access === 'write' && grant.access !== 'write') {
    return {
      ok: false,
      reason: 'write_not_allowed',
      refused: [...categories],
      message: `role ${role} may only read for purpose ${purpose}`,
    };
  }
  const allowed: readonly string[] = categoriesOfRole(role, purpose);
  const refused = categories.filter((c) => !allowed.includes(c));
  if (refused.length > 0) {
    return {
      ok: false,
      reason: 'categories_not_allowed',
      refused,
      message: `role ${role} may not use ${refused.join(', ')} for purpose ${purpose}`,
    };
  }
  return { ok: true };
}
