import PDFDocument from 'pdfkit';
import { supervisoryAuthority } from '#src/modules/policy/index.ts';
import type { RegisterExtract } from './extract.schema.ts';

export type ExtractLang = 'sv' | 'en';

const M = 50;
const DARK = '#0e4f5c';

const T = {
  sv: {
    title: 'Registerutdrag',
    intro: (d: string) =>
      `Det här är alla personuppgifter som Kliniksupport Sverige AB behandlar om dig, den ${d}: varje uppgift, varför vi har den, med vilken rättslig grund, vem som får den och hur länge vi sparar den.`,
    subject: 'Gäller',
    why: 'Varför vi har uppgifterna',
    basis: 'Rättslig grund',
    recipients: 'Mottagare',
    noRecipients: 'Lämnas inte ut utanför Kliniksupport',
    kept: 'Så länge sparar vi dem',
    keptUntil: 'Sparas till och med',
    rows: 'Uppgifterna',
    accessLog: 'Vem på Kliniksupport som har tittat på dina uppgifter',
    disclosures: 'Utlämnanden till mottagare utanför Kliniksupport',
    none: 'Inga.',
    notLinked: 'Uppgifter som inte kan kopplas till dig',
    complain: (imy: string) =>
      `Har du synpunkter kan du kontakta oss. Du kan också klaga hos tillsynsmyndigheten ${imy}.`,
    technical: 'Teknisk uppgift',
  },
  en: {
    title: 'Register extract',
    intro: (d: string) =>
      `This is all the personal data Kliniksupport Sverige AB processes about you, on ${d}: each item, why we hold it, on which legal basis, who receives it and how long we keep it.`,
    subject: 'Concerning',
    why: 'Why we hold the data',
    basis: 'Legal basis',
    recipients: 'Recipients',
    noRecipients: 'Not disclosed outside Kliniksupport',
    kept: 'How long we keep it',
    keptUntil: 'Kept until',
    rows: 'The data',
    accessLog: 'Who at Kliniksupport has looked at your data',
    disclosures: 'Disclosures to recipients outside Kliniksupport',
    none: 'None.',
    notLinked: 'Data that cannot be linked to you',
    complain: (imy: string) =>
      `If you have concerns, contact us. You may also complain to the supervisory authority, ${imy}.`,
    technical: 'Technical data',
  },
} as const;

/** The register extract as a PDF letter (A4, Swedish, or English on request). */
export function renderExtractPdf(x: RegisterExtract, lang: ExtractLang = 'sv'): Promise<Buffer> {
  const L = T[lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: M,
    lang: lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: { Title: L.title, Author: x.controller.name, CreationDate: new Date(x.generatedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const h = (text: string, size = 13) =>
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor(DARK).text(text);
  const p = (text: string, size = 9.5) => doc.font('Helvetica').fontSize(size).fillColor('black').text(text);
  const day = x.generatedAt.slice(0, 10);

  doc.font('Helvetica-Bold').fontSize(20).fillColor(DARK).text(L.title);
  p(`${x.controller.name} · ${x.controller.orgNr} · ${x.controller.email}`);
  doc.moveDown(0.5);
  p(L.intro(day), 10.5);
  p(`${L.subject}: ${x.subject.contactId ?? x.subject.prospectId ?? ''}`);

  for (const s of x.sections) {
    h(s.title[lang]);
    for (const e of s.explanations) {
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .fillColor('black')
        .text(`${e.category.label[lang]}${e.category.technical ? ` (${L.technical})` : ''}`);
      p(e.category.explanation[lang]);
      for (const pu of e.purposes)
        p(
          `${L.why}: ${pu.title[lang]}${pu.basis ? ` — ${L.basis}: ${pu.basis.label[lang]} (art. ${pu.basis.article}). ${pu.basis.explanation[lang]}` : ''}`,
        );
      p(`${L.recipients}: ${e.recipients.length ? e.recipients.map((r) => r.name[lang]).join(', ') : L.noRecipients}`);
      for (const r of e.retention) p(`${L.kept}: ${r.statement[lang]}`);
    }
    doc.moveDown(0.3);
    doc.font('Helvetica-Bold').fontSize(10).text(`${L.rows} (${s.rows.length})`);
    const label = new Map(s.explanations.map((e) => [e.category.id, e.category.label[lang]]));
    for (const r of s.rows) {
      // Each value under the plain name of its kind (the JSON extract carries the column names).
      const fields = Object.entries(r.values).map(
        ([column, v]) =>
          `${label.get(s.columns[column] ?? '') ?? column}: ${Array.isArray(v) ? v.join(', ') : String(v)}`,
      );
      p(`• ${fields.join(' · ')}${r.keptUntil ? ` — ${L.keptUntil} ${r.keptUntil}` : ''}`, 8.5);
    }
  }

  h(L.accessLog);
  if (!x.accessLog.length) p(L.none);
  for (const a of x.accessLog)
    p(
      `${a.at.slice(0, 16).replace('T', ' ')} · ${a.role} · ${a.purpose} · ${a.categories.join(', ')} · ${a.action}`,
      8.5,
    );
  h(L.disclosures);
  if (!x.disclosures.length) p(L.none);
  for (const d of x.disclosures)
    p(`${d.at.slice(0, 16).replace('T', ' ')} · ${d.recipient} · ${d.purpose} · ${d.categories.join(', ')}`, 8.5);
  if (x.notLinked.length) {
    h(L.notLinked);
    for (const n of x.notLinked) p(`${n.table}: ${n.why[lang]}`);
  }
  doc.moveDown();
  p(L.complain(`${supervisoryAuthority.name} (${supervisoryAuthority.web})`), 10);
  doc.end();
  return done;
}
