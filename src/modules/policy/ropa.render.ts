import { stringify } from 'csv-stringify/sync';
import { buildRopa } from './ropa.build.ts';
import { policy } from './policy.data.ts';
import type { Ropa, RopaActivity, RopaFormat } from './ropa.schema.ts';
import type { Lang, PolicyData } from './policy.types.ts';

/** The art. 30 record as JSON, CSV (one row per processing activity) or a Markdown document. */

const words = {
  sv: {
    controller: 'a) Personuppgiftsansvarig och dataskyddsombud',
    orgNr: 'Organisationsnummer',
    activities: 'Behandlingar',
    cols: [
      'Behandling',
      'b) Ändamål',
      'Laglig grund',
      'c) Registrerade',
      'c) Personuppgifter',
      'd) Mottagare',
      'e) Tredjeland',
      'f) Lagring och gallring',
    ],
    security: 'g) Tekniska och organisatoriska säkerhetsåtgärder',
    statutory: 'lagkrav',
    none: 'inga',
  },
  en: {
    controller: 'a) Controller and data protection officer',
    orgNr: 'Organisation number',
    activities: 'Processing activities',
    cols: [
      'Activity',
      'b) Purpose',
      'Legal basis',
      'c) Data subjects',
      'c) Personal data',
      'd) Recipients',
      'e) Third countries',
      'f) Retention and erasure',
    ],
    security: 'g) Technical and organisational security measures',
    statutory: 'statutory',
    none: 'none',
  },
} as const;

export const csvColumns = [
  'activity_id',
  'clause',
  'activity',
  'a_controller',
  'a_dpo',
  'b_purpose',
  'b_legal_basis',
  'c_data_subjects',
  'c_personal_data',
  'd_recipients',
  'e_third_country_transfers',
  'f_retention',
  'g_security_measures',
] as const;

const list = (xs: readonly string[]) => xs.join('; ');
const subjectLabel = (a: RopaActivity, id: string) => a.dataSubjects.find((s) => s.id === id)?.label ?? id;
const bases = (a: RopaActivity) =>
  a.legalBases.map(
    (b) =>
      `${b.label} (art. ${b.article}${b.scope ? `, ${b.scope}` : ''}): ${b.appliesTo.map((s) => subjectLabel(a, s)).join(', ')}`,
  );
const retention = (a: RopaActivity, lang: Lang) =>
  a.retention.map((r) => `${r.title}: ${r.period}${r.statutory ? ` [${words[lang].statutory}: ${r.law}]` : ''}`);
const transfers = (a: RopaActivity) =>
  a.thirdCountryTransfers.transfers.length
    ? list(a.thirdCountryTransfers.transfers)
    : a.thirdCountryTransfers.statement;

function toCsv(ropa: Ropa): string {
  const contact = (c: Ropa['controller'] | Ropa['dpo']) => `${c.name}, ${c.address}, ${c.phone}, ${c.email}`;
  const rows = ropa.activities.map((a) => [
    a.id,
    a.clause,
    a.name,
    `${contact(ropa.controller)}, ${ropa.controller.orgNr}`,
    contact(ropa.dpo),
    a.purpose,
    list(bases(a)),
    list(a.dataSubjects.map((s) => s.label)),
    list(a.personalData.map((c) => c.label)),
    list(a.recipients.map((r) => `${r.label} (${r.kind})`)),
    transfers(a),
    list(retention(a, ropa.lang)),
    list(a.securityMeasures),
  ]);
  return stringify([[...csvColumns], ...rows], { record_delimiter: 'windows' });
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function toMarkdown(ropa: Ropa): string {
  const w = words[ropa.lang];
  const c = ropa.controller;
  const header = `| ${w.cols.join(' | ')} |\n|${w.cols.map(() => ' --- ').join('|')}|`;
  const rows = ropa.activities.map((a) => {
    const cells = [
      `${a.name} (${a.clause}, \`${a.id}\`)`,
      a.purpose,
      bases(a).join('<br>'),
      a.dataSubjects.map((s) => s.label).join(', '),
      a.personalData.map((p) => p.label).join(', '),
      a.recipients.map((r) => r.label).join(', ') || w.none,
      transfers(a),
      retention(a, ropa.lang).join('<br>'),
    ];
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  const security = ropa.activities[0]?.securityMeasures ?? [];
  return [
    `# ${ropa.title}`,
    '',
    `## ${w.controller}`,
    '',
    `- ${c.name}, ${c.address}`,
    `- ${w.orgNr}: ${c.orgNr}`,
    `- ${c.phone}, ${c.email}`,
    `- ${ropa.dpo.note}`,
    '',
    `## ${w.activities}`,
    '',
    header,
    ...rows,
    '',
    `## ${w.security}`,
    '',
    ...security.map((m) => `- ${m}`),
    '',
  ].join('\n');
}

export function renderRopa(format: RopaFormat, lang: Lang = 'sv', data: PolicyData = policy): string {
  const ropa = buildRopa(lang, data);
  switch (format) {
    case 'json':
      return JSON.stringify(ropa, null, 2);
    case 'csv':
      return toCsv(ropa);
    case 'md':
      return toMarkdown(ropa);
    default:
      throw new RangeError(`unknown format '${String(format satisfies never)}'`);
  }
}
