import { z } from 'zod';
import { parseOrganisationsnummer } from './orgnr.ts';
import type { PolicyData } from './policy.types.ts';

/**
 * The policy data checked at run time: shapes (strict objects) and the invariants that tie it
 * together — every reference resolves, every purpose has a legal basis for each of its data
 * subjects, every rule, category, subject and purpose is used, every role serves a purpose.
 */

const localized = z.strictObject({ sv: z.string().min(1), en: z.string().min(1) });
const id = z.string().regex(/^[a-z0-9][a-z0-9._]*$/);
const ids = z.array(id);
const duration = {
  years: z.number().int().min(0).optional(),
  months: z.number().int().min(0).optional(),
  days: z.number().int().min(0).optional(),
};
const contact = {
  name: z.string().min(1),
  street: z.string().min(1),
  postalCode: z.string().regex(/^\d{3} \d{2}$/),
  city: z.string().min(1),
  country: localized,
  phone: z.string().regex(/^0\d{1,3}-[\d ]+$/),
  phoneE164: z.string().regex(/^\+46\d{6,12}$/),
  email: z.email(),
};
const trigger = z.enum([
  'transaction_date',
  'case_closed',
  'linked_purchase_date',
  'collected',
  'consent_withdrawn',
  'account_terminated',
  'removal_requested',
  'event_time',
  'fiscal_year_end',
  'device_supplied',
  'claim_settled',
]);
const ruleCommon = {
  id,
  title: localized,
  statement: localized,
  trigger,
  period: z.strictObject({ ...duration, toEndOfCalendarYear: z.boolean().optional() }),
  timing: z.enum(['at_deadline', 'asap']),
  action: z.enum(['delete', 'truncate', 'anonymise']),
  categories: ids.min(1),
  clause: z.string().regex(/^§\d+[a-g]?$/),
};
const orgNr = z
  .string()
  .refine((v) => parseOrganisationsnummer(v).ok, 'not a valid organisationsnummer (Luhn check digit)');
const basisKind = z.enum(['consent', 'contract', 'legal_obligation', 'legitimate_interest']);

const shape = z.strictObject({
  controller: z.strictObject({ ...contact, orgNr }),
  dpo: z.strictObject({ ...contact, orgNr: orgNr.optional(), sameAsController: z.boolean(), note: localized }),
  supervisoryAuthority: z.strictObject({
    ...contact,
    shortName: z.string().min(1),
    web: z.url(),
    formerName: z.string().min(1),
    renamedOn: z.iso.date(),
    note: localized,
  }),
  statements: z.record(z.string(), localized),
  securityMeasures: z.array(localized).min(1),
  thirdCountryTransfers: z.array(z.never()),
  legalBases: z.record(
    basisKind,
    z.strictObject({ article: z.enum(['6(1)(a)', '6(1)(b)', '6(1)(c)', '6(1)(f)']), label: localized }),
  ),
  responseDeadline: z.strictObject({
    within: z.strictObject(duration),
    extension: z.strictObject(duration),
    article: z.string(),
  }),
  triggers: z.record(trigger, z.strictObject({ after: localized, until: localized })),
  categories: z.array(z.strictObject({ id, label: localized, explanation: localized, technical: z.boolean() })),
  subjects: z.array(z.strictObject({ id, label: localized, description: localized })),
  retentionRules: z.array(
    z.discriminatedUnion('kind', [
      z.strictObject({ ...ruleCommon, kind: z.literal('policy'), source: z.enum(['policy_text', 'company_rule']) }),
      z.strictObject({
        ...ruleCommon,
        kind: z.literal('statutory'),
        law: z.strictObject({ citation: z.string().min(1), name: localized }),
        overrides: ids.min(1),
        keptData: localized,
        restricted: z.literal(true),
        subjectInformed: z.literal(true),
      }),
    ]),
  ),
  purposes: z.array(
    z.strictObject({
      id,
      clause: z.string().regex(/^§\d+[a-g]?$/),
      title: localized,
      description: localized,
      bases: z
        .array(
          z.strictObject({
            basis: basisKind,
            appliesTo: ids.min(1),
            scope: localized.optional(),
            explanation: localized,
            law: localized.optional(),
          }),
        )
        .min(1, 'every purpose needs a legal basis'),
      categories: ids.min(1),
      subjects: ids.min(1),
      retention: ids.min(1),
      stopsOnObjection: z.boolean(),
    }),
  ),
  recipients: z.array(
    z.strictObject({
      id,
      name: localized,
      kind: z.enum(['processor', 'independent_controller']),
      examples: localized,
      purposes: ids.min(1),
      categories: ids.min(1),
      safeguard: z.strictObject({ article: z.literal('art. 28').nullable(), description: localized }),
    }),
  ),
  rights: z.array(
    z.strictObject({
      id,
      title: localized,
      description: localized,
      howTo: localized,
      source: z.enum(['policy', 'gdpr']),
      policyClause: z.string().nullable(),
      article: z.string().regex(/^art\. \d+(\(\d\))?$/),
      purposes: ids,
      retention: ids,
    }),
  ),
  roles: z.array(
    z.strictObject({
      id,
      label: localized,
      description: localized,
      grants: z
        .array(z.strictObject({ purpose: id, access: z.enum(['read', 'write']), categories: ids.min(1).optional() }))
        .min(1, 'every role serves at least one purpose'),
    }),
  ),
});

export const policySchema = shape.superRefine((p, ctx) => {
  for (const problem of referenceProblems(p as unknown as PolicyData))
    ctx.addIssue({ code: 'custom', message: problem });
});

/** Every broken invariant, in words. Empty when the policy holds together. */
export function referenceProblems(p: PolicyData): string[] {
  const problems: string[] = [];
  const set = (xs: readonly { id: string }[], what: string) => {
    const s = new Set<string>();
    for (const x of xs) {
      if (s.has(x.id)) problems.push(`duplicate ${what} id '${x.id}'`);
      s.add(x.id);
    }
    return s;
  };
  const categories = set(p.categories, 'category');
  const subjects = set(p.subjects, 'subject');
  const rules = set(p.retentionRules, 'retention rule');
  const purposes = set(p.purposes, 'purpose');
  set(p.recipients, 'recipient');
  set(p.rights, 'right');
  set(p.roles, 'role');
  const check = (where: string, kind: string, known: Set<string>, refs: readonly string[]) => {
    for (const r of refs) if (!known.has(r)) problems.push(`${where}: unknown ${kind} '${r}'`);
  };
  const subset = (where: string, kind: string, refs: readonly string[], allowed: readonly string[]) => {
    for (const r of refs)
      if (!allowed.includes(r)) problems.push(`${where}: ${kind} '${r}' is not in the purpose's own`);
  };

  for (const r of p.retentionRules) {
    check(`retention rule ${r.id}`, 'category', categories, r.categories);
    if (r.kind === 'statutory') {
      check(`retention rule ${r.id}`, 'retention rule', rules, r.overrides);
      for (const o of r.overrides) {
        if (p.retentionRules.find((x) => x.id === o)?.kind === 'statutory')
          problems.push(`retention rule ${r.id}: overrides another statutory rule '${o}'`);
      }
    }
  }
  for (const pu of p.purposes) {
    const where = `purpose ${pu.id}`;
    check(where, 'category', categories, pu.categories);
    check(where, 'subject', subjects, pu.subjects);
    check(where, 'retention rule', rules, pu.retention);
    for (const b of pu.bases) subset(`${where} basis ${b.basis}`, 'subject', b.appliesTo, pu.subjects);
    for (const s of pu.subjects) {
      if (!pu.bases.some((b) => b.appliesTo.includes(s))) problems.push(`${where}: no legal basis for subject '${s}'`);
    }
  }
  for (const r of p.recipients) {
    const where = `recipient ${r.id}`;
    check(where, 'purpose', purposes, r.purposes);
    check(where, 'category', categories, r.categories);
    const disclosable = p.purposes.filter((x) => r.purposes.includes(x.id)).flatMap((x) => x.categories);
    for (const c of r.categories)
      if (!disclosable.includes(c)) problems.push(`${where}: category '${c}' is used by none of its purposes`);
    if (r.kind === 'processor' && r.safeguard.article !== 'art. 28')
      problems.push(`${where}: a processor needs a data processing agreement (art. 28)`);
  }
  for (const r of p.rights) {
    check(`right ${r.id}`, 'purpose', purposes, r.purposes);
    check(`right ${r.id}`, 'retention rule', rules, r.retention);
    if ((r.source === 'policy') !== (r.policyClause !== null))
      problems.push(`right ${r.id}: a policy right names its clause, a GDPR-only right none`);
  }
  for (const role of p.roles) {
    for (const g of role.grants) {
      const where = `role ${role.id} grant ${g.purpose}`;
      check(where, 'purpose', purposes, [g.purpose]);
      const purpose = p.purposes.find((x) => x.id === g.purpose);
      if (purpose && g.categories) subset(where, 'category', g.categories, purpose.categories);
    }
  }

  if (p.dpo.sameAsController && (p.dpo.name !== p.controller.name || p.dpo.email !== p.controller.email)) {
    problems.push('dpo: marked the same as the controller but with other contact details');
  }

  const usedRules = new Set(p.purposes.flatMap((x) => [...x.retention]));
  for (const r of p.retentionRules)
    if (!usedRules.has(r.id)) problems.push(`retention rule ${r.id} is used by no purpose`);
  const usedCategories = new Set(p.purposes.flatMap((x) => [...x.categories]));
  for (const c of p.categories) if (!usedCategories.has(c.id)) problems.push(`category ${c.id} is used by no purpose`);
  const usedSubjects = new Set(p.purposes.flatMap((x) => [...x.subjects]));
  for (const s of p.subjects) if (!usedSubjects.has(s.id)) problems.push(`subject ${s.id} is concerned by no purpose`);
  const served = new Set(p.roles.flatMap((r) => r.grants.map((g) => g.purpose)));
  for (const pu of p.purposes) if (!served.has(pu.id)) problems.push(`purpose ${pu.id} is served by no role`);
  return problems;
}
