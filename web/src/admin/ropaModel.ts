import type { Lang } from '../i18n/messages.ts';

/**
 * Turns the art. 30 record (GET /api/privacy/ropa?format=json) into tables without depending on
 * its exact shape: an array of records is one table; an object's arrays of records become
 * tables, its other fields a list of facts above them. Texts in both languages ({ sv, en })
 * show in the UI's language.
 */
export type Cell = string | string[];
export type RopaTable = { key: string; caption: string; columns: { key: string; label: string }[]; rows: Cell[][] };
export type RopaFact = { key: string; label: string; value: Cell };
export type RopaView = { title?: string | undefined; facts: RopaFact[]; tables: RopaTable[] };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is { sv: string; en: string } =>
  isObj(v) && typeof v.sv === 'string' && typeof v.en === 'string';
const isRecordList = (v: unknown): v is Obj[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => isObj(x) && !isLocalized(x));

/** Keys a record list is likely to be the main table under, in order of preference. */
const MAIN_KEYS = [
  'activities',
  'processing',
  'processingActivities',
  'records',
  'entries',
  'rows',
  'items',
  'purposes',
];

/** Header texts for the field names a record of processing usually has; others are humanised. */
const LABELS: Record<Lang, Record<string, string>> = {
  sv: {
    id: 'Id',
    purpose: 'Ändamål',
    purposes: 'Ändamål',
    title: 'Rubrik',
    name: 'Namn',
    description: 'Beskrivning',
    clause: 'Avsnitt',
    legalBasis: 'Rättslig grund',
    legalBases: 'Rättslig grund',
    bases: 'Rättslig grund',
    basis: 'Rättslig grund',
    categories: 'Kategorier av personuppgifter',
    dataCategories: 'Kategorier av personuppgifter',
    subjects: 'Kategorier av registrerade',
    dataSubjects: 'Kategorier av registrerade',
    recipients: 'Mottagare',
    retention: 'Lagring och radering',
    retentionRules: 'Lagring och radering',
    thirdCountryTransfers: 'Överföring till tredje land',
    transfers: 'Överföring till tredje land',
    securityMeasures: 'Säkerhetsåtgärder',
    security: 'Säkerhetsåtgärder',
    controller: 'Personuppgiftsansvarig',
    dpo: 'Dataskyddsombud',
    generatedAt: 'Skapad',
    version: 'Version',
    roles: 'Roller',
    law: 'Lag',
    article: 'Artikel',
    orgNr: 'Org.nr',
    email: 'E-post',
    phone: 'Telefon',
  },
  en: {
    id: 'Id',
    purpose: 'Purpose',
    purposes: 'Purposes',
    title: 'Title',
    name: 'Name',
    description: 'Description',
    clause: 'Section',
    legalBasis: 'Legal basis',
    legalBases: 'Legal basis',
    bases: 'Legal basis',
    basis: 'Legal basis',
    categories: 'Categories of personal data',
    dataCategories: 'Categories of personal data',
    subjects: 'Categories of data subjects',
    dataSubjects: 'Categories of data subjects',
    recipients: 'Recipients',
    retention: 'Retention and erasure',
    retentionRules: 'Retention and erasure',
    thirdCountryTransfers: 'Transfers to third countries',
    transfers: 'Transfers to third countries',
    securityMeasures: 'Security measures',
    security: 'Security measures',
    controller: 'Controller',
    dpo: 'Data protection officer',
    generatedAt: 'Generated',
    version: 'Version',
    roles: 'Roles',
    law: 'Law',
    article: 'Article',
    orgNr: 'Reg. no.',
    email: 'E-mail',
    phone: 'Phone',
  },
};

export function labelFor(key: string, lang: Lang): string {
  const known = LABELS[lang][key];
  if (known) return known;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One value as text (or a list of texts), in the UI's language. */
export function cellOf(v: Json | undefined, lang: Lang, yesNo: { yes: string; no: string }): Cell {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? yesNo.yes : yesNo.no;
  if (typeof v === 'number' || typeof v === 'string') return String(v);
  if (isLocalized(v)) return v[lang];
  if (Array.isArray(v)) {
    const parts = v.flatMap((x) => {
      const c = cellOf(x, lang, yesNo);
      return Array.isArray(c) ? [c.join(', ')] : [c];
    });
    return parts.length ? parts : '—';
  }
  // An object in a cell: prefer its human name, otherwise "key: value" pairs.
  for (const k of ['label', 'title', 'name', 'text']) {
    const named = v[k];
    if (named !== undefined && (typeof named === 'string' || isLocalized(named))) {
      const main = cellOf(named, lang, yesNo) as string;
      const detail = ['article', 'basis', 'law', 'period']
        .map((d) => v[d])
        .find((d) => typeof d === 'string' || isLocalized(d));
      return detail !== undefined ? `${main} (${cellOf(detail, lang, yesNo) as string})` : main;
    }
  }
  return Object.entries(v).map(([k, x]) => {
    const c = cellOf(x, lang, yesNo);
    return `${labelFor(k, lang)}: ${Array.isArray(c) ? c.join(', ') : c}`;
  });
}

function tableOf(key: string, caption: string, list: Obj[], lang: Lang, yesNo: { yes: string; no: string }): RopaTable {
  const keys: string[] = [];
  for (const row of list) for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
  return {
    key,
    caption,
    columns: keys.map((k) => ({ key: k, label: labelFor(k, lang) })),
    rows: list.map((row) => keys.map((k) => cellOf(row[k], lang, yesNo))),
  };
}

export function ropaView(data: unknown, lang: Lang, yesNo: { yes: string; no: string }, mainCaption: string): RopaView {
  if (isRecordList(data)) return { facts: [], tables: [tableOf('main', mainCaption, data, lang, yesNo)] };
  if (!isObj(data)) return { facts: [], tables: [] };
  return objectView(data, lang, yesNo, mainCaption);
}

function objectView(data: Obj, lang: Lang, yesNo: { yes: string; no: string }, mainCaption: string): RopaView {
  // A document in both languages at the top level ({ sv: {...}, en: {...} }): take ours.
  const inLang = data[lang];
  if (isObj(inLang) && typeof data.sv !== 'string') return objectView(inLang, lang, yesNo, mainCaption);

  const listKeys = Object.keys(data).filter((k) => isRecordList(data[k]));
  const main =
    MAIN_KEYS.find((k) => listKeys.includes(k)) ??
    listKeys.sort((a, b) => (data[b] as Obj[]).length - (data[a] as Obj[]).length)[0];
  const ordered = main ? [main, ...listKeys.filter((k) => k !== main)] : [];
  const tables = ordered.map((k) =>
    tableOf(k, k === main ? mainCaption : labelFor(k, lang), data[k] as Obj[], lang, yesNo),
  );

  const titleValue = data.title;
  const title =
    typeof titleValue === 'string' || isLocalized(titleValue) ? (cellOf(titleValue, lang, yesNo) as string) : undefined;
  const facts = Object.keys(data)
    .filter((k) => !listKeys.includes(k) && k !== 'title')
    .map((k) => ({ key: k, label: labelFor(k, lang), value: cellOf(data[k], lang, yesNo) }));
  return { title, facts, tables };
}
