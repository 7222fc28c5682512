import type { z } from 'zod';

/** A text in the platform's two languages, Swedish first. */
export type Bilingual = { readonly sv: string; readonly en: string };

/** The parts a letter is made of; each renders as plain text and as simple HTML. */
export type Block =
  | { readonly p: string }
  | { readonly link: { readonly href: string; readonly label: string } }
  | { readonly list: readonly string[] }
  | { readonly heading: string };

/** A letter's content: a subject and the body in Swedish, then the same in English. */
export type LetterContent = { subject: Bilingual; sv: readonly Block[]; en: readonly Block[] };

/** Who the letter is from: the controller's contact details (policy module), in every letter. */
export type Sender = {
  readonly name: string;
  readonly orgNr: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly phone: string;
  readonly email: string;
};

/** A typed letter template: its parameters are checked by `schema` before the letter is queued. */
export type LetterTemplate<S extends z.ZodType = z.ZodType> = {
  readonly id: string;
  readonly schema: S;
  render(params: z.output<S>, ctx: { publicUrl: string }): LetterContent;
};

export const defineLetter = <S extends z.ZodType>(t: LetterTemplate<S>): LetterTemplate<S> => t;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function blockText(b: Block): string {
  if ('p' in b) return b.p;
  if ('heading' in b) return b.heading.toUpperCase();
  if ('link' in b) return `${b.link.label}:\n${b.link.href}`;
  return b.list.map((i) => `  • ${i}`).join('\n');
}

function blockHtml(b: Block): string {
  if ('p' in b) return `<p>${escapeHtml(b.p)}</p>`;
  if ('heading' in b) return `<h3>${escapeHtml(b.heading)}</h3>`;
  if ('link' in b)
    return `<p><a href="${escapeHtml(b.link.href)}" style="display:inline-block;padding:10px 16px;background:#0e4f5c;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(b.link.label)}</a><br><span style="font-size:13px;color:#4d5960">${escapeHtml(b.link.href)}</span></p>`;
  return `<ul>${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

const senderLines = (s: Sender): Bilingual => ({
  sv: `${s.name}, org.nr ${s.orgNr}, ${s.street}, ${s.postalCode} ${s.city}. Telefon ${s.phone}, e-post ${s.email}. ${s.name} är personuppgiftsansvarig och dataskyddsombud.`,
  en: `${s.name}, reg. no. ${s.orgNr}, ${s.street}, ${s.postalCode} ${s.city}, Sweden. Phone ${s.phone}, e-mail ${s.email}. ${s.name} is the controller and data protection officer.`,
});

/**
 * A letter as a mail: Swedish first, then English, then the sender's contact details. Plain text
 * and simple HTML with the same content; every text is escaped in the HTML.
 */
export function renderLetter(
  content: LetterContent,
  sender: Sender,
  publicUrl: string,
): { subject: string; text: string; html: string } {
  const from = senderLines(sender);
  const policy = {
    sv: `Så behandlar vi personuppgifter: ${publicUrl}/integritetspolicy`,
    en: `How we handle personal data: ${publicUrl}/en/privacy-policy`,
  };
  const subject =
    content.subject.sv === content.subject.en ? content.subject.sv : `${content.subject.sv} / ${content.subject.en}`;
  const text = [
    ...content.sv.map(blockText),
    '',
    '— In English —',
    '',
    ...content.en.map(blockText),
    '',
    '--',
    from.sv,
    policy.sv,
    '',
    from.en,
    policy.en,
    '',
  ]
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n');
  const html = [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:system-ui,Arial,sans-serif;color:#1c2428;line-height:1.5;max-width:40rem">',
    `<div lang="sv">${content.sv.map(blockHtml).join('')}</div>`,
    '<hr style="border:none;border-top:1px solid #cfd8db;margin:24px 0">',
    `<div lang="en">${content.en.map(blockHtml).join('')}</div>`,
    '<hr style="border:none;border-top:1px solid #cfd8db;margin:24px 0">',
    `<footer style="font-size:13px;color:#4d5960"><p lang="sv">${escapeHtml(from.sv)}<br><a href="${escapeHtml(`${publicUrl}/integritetspolicy`)}">Så behandlar vi personuppgifter</a></p>`,
    `<p lang="en">${escapeHtml(from.en)}<br><a href="${escapeHtml(`${publicUrl}/en/privacy-policy`)}">How we handle personal data</a></p></footer>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
