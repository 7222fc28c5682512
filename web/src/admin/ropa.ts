/**
 * The record of processing activities as GET /api/privacy/ropa?format=json returns it. Mirrors
 * ropaSchema in src/modules/policy/ropa.schema.ts (the UI bundle does not import server code);
 * `isRopa` checks the parts the table reads, so a changed shape falls back to a generic table.
 */
export type RopaContact = { name: string; address: string; phone: string; email: string };

export type RopaActivity = {
  id: string;
  clause: string;
  name: string;
  purpose: string;
  legalBases: { basis: string; article: string; label: string; scope: string | null; law: string | null }[];
  dataSubjects: { id: string; label: string }[];
  personalData: { id: string; label: string; technical: boolean }[];
  recipients: { id: string; label: string; kind: 'processor' | 'independent_controller' | string }[];
  thirdCountryTransfers: { transfers: string[]; statement: string };
  retention: { ruleId: string; title: string; period: string; statutory: boolean; law: string | null }[];
  securityMeasures: string[];
};

export type Ropa = {
  title: string;
  lang: string;
  controller: RopaContact & { orgNr: string };
  dpo: RopaContact & { note: string };
  activities: RopaActivity[];
};

export const ropaUrl = (format: 'json' | 'csv' | 'md', lang: string) =>
  `/api/privacy/ropa?format=${format}&lang=${lang}`;

const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const listOf = (v: unknown, item: (x: Record<string, unknown>) => boolean) =>
  Array.isArray(v) && v.every((x) => obj(x) && item(x));
const labelled = (x: Record<string, unknown>) => str(x.label);

function isActivity(a: Record<string, unknown>): boolean {
  return (
    str(a.id) &&
    str(a.name) &&
    str(a.clause) &&
    str(a.purpose) &&
    listOf(a.legalBases, (b) => str(b.label) && str(b.article)) &&
    listOf(a.dataSubjects, labelled) &&
    listOf(a.personalData, labelled) &&
    listOf(a.recipients, labelled) &&
    listOf(a.retention, (r) => str(r.title) && str(r.period)) &&
    obj(a.thirdCountryTransfers) &&
    str(a.thirdCountryTransfers.statement) &&
    Array.isArray(a.securityMeasures) &&
    a.securityMeasures.every(str)
  );
}

export function isRopa(v: unknown): v is Ropa {
  if (!obj(v) || !str(v.title) || !obj(v.controller) || !obj(v.dpo)) return false;
  const contact = (c: Record<string, unknown>) => str(c.name) && str(c.address) && str(c.phone) && str(c.email);
  return contact(v.controller) && contact(v.dpo) && listOf(v.activities, isActivity);
}

/** The same value in every activity (transfers, security measures) is shown once, not per row. */
export function commonValue<T>(activities: RopaActivity[], pick: (a: RopaActivity) => T): T | undefined {
  const first = activities[0];
  if (!first) return undefined;
  const key = JSON.stringify(pick(first));
  return activities.every((a) => JSON.stringify(pick(a)) === key) ? pick(first) : undefined;
}
