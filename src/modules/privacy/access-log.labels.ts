import { z } from 'zod';
import { categories, purposes, roles } from '#src/modules/policy/index.ts';

/** The sv/en words of an access-log entry, from the policy module: the pages read like the policy. */
export const localizedSchema = z.object({ sv: z.string(), en: z.string() });
export const entryLabelsSchema = {
  roleLabel: localizedSchema,
  purposeLabel: localizedSchema,
  categoryLabels: z.array(localizedSchema),
};

const SYSTEM = { sv: 'Systemet (automatisk behandling)', en: 'The system (automated processing)' };

function label<T extends { id: string }>(list: readonly T[], id: string, pick: (t: T) => { sv: string; en: string }) {
  const found = list.find((x) => x.id === id);
  return found ? pick(found) : { sv: id, en: id };
}

export function withLabels<E extends { actorRole: string; purpose: string; categories: readonly string[] }>(e: E) {
  return {
    ...e,
    roleLabel: e.actorRole === 'system' ? SYSTEM : label(roles, e.actorRole, (r) => r.label),
    purposeLabel: label(purposes, e.purpose, (p) => p.title),
    categoryLabels: e.categories.map((c) => label(categories, c, (x) => x.label)),
  };
}
