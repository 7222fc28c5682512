import { policy } from './policy.data.ts';
import { byId, recipientsFor, retentionFor } from './policy.lookup.ts';
import { periodText } from './retention.words.ts';
import type { Ropa, RopaActivity } from './ropa.schema.ts';
import type { Contact, Lang, PolicyData, PurposeDef } from './policy.types.ts';

/** GDPR art. 30(1): one processing activity per purpose, all of it read from the policy data. */

const titles = {
  sv: 'Register över behandlingar (artikel 30.1 i dataskyddsförordningen)',
  en: 'Record of processing activities (Article 30(1) GDPR)',
} as const;

const contactOf = (c: Contact) => ({
  name: c.name,
  address: `${c.street}, ${c.postalCode} ${c.city}`,
  phone: c.phone,
  email: c.email,
});

function activity(data: PolicyData, p: PurposeDef, lang: Lang): RopaActivity {
  return {
    id: p.id,
    clause: p.clause,
    name: p.title[lang],
    purpose: p.description[lang],
    legalBases: p.bases.map((b) => ({
      basis: b.basis,
      article: data.legalBases[b.basis].article,
      label: data.legalBases[b.basis].label[lang],
      appliesTo: [...b.appliesTo],
      scope: b.scope?.[lang] ?? null,
      explanation: b.explanation[lang],
      law: b.law?.[lang] ?? null,
    })),
    dataSubjects: p.subjects.map((s) => ({ id: s, label: byId(data.subjects, s, 'subject').label[lang] })),
    personalData: p.categories.map((c) => {
      const cat = byId(data.categories, c, 'category');
      return { id: c, label: cat.label[lang], technical: cat.technical };
    }),
    recipients: recipientsFor(data, p.id).map((r) => ({
      id: r.id,
      label: r.name[lang],
      kind: r.kind,
      safeguard: r.safeguard.description[lang],
    })),
    thirdCountryTransfers: {
      transfers: [...data.thirdCountryTransfers],
      statement: data.statements.thirdCountryTransfers[lang],
    },
    retention: retentionFor(data, p.id).map((r) => ({
      ruleId: r.id,
      title: r.title[lang],
      period: periodText(data, r, lang),
      action: r.action,
      statutory: r.kind === 'statutory',
      law: r.kind === 'statutory' ? r.law.citation : null,
      overrides: r.kind === 'statutory' ? [...r.overrides] : [],
      statement:
        r.kind === 'statutory' ? `${r.statement[lang]} ${data.statements.statutoryRetention[lang]}` : r.statement[lang],
    })),
    securityMeasures: data.securityMeasures.map((m) => m[lang]),
  };
}

export function buildRopa(lang: Lang = 'sv', data: PolicyData = policy): Ropa {
  return {
    title: titles[lang],
    lang,
    controller: { ...contactOf(data.controller), orgNr: data.controller.orgNr },
    dpo: { ...contactOf(data.dpo), note: data.dpo.note[lang] },
    activities: data.purposes.map((p) => activity(data, p, lang)),
  };
}
