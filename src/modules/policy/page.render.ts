import { policy } from './policy.data.ts';
import { html, trusted } from './html.ts';
import { pageCss } from './page.css.ts';
import { labels, pagePaths } from './page.labels.ts';
import { retentionSection } from './page.retention.ts';
import { complaintsSection, contactSection, rightsSection, securitySection } from './page.rights.ts';
import { aboutSection, controllerSection, dataSection, purposesSection, recipientsSection } from './page.sections.ts';
import type { Lang, PolicyData } from './policy.types.ts';

/**
 * The public privacy policy page, rendered from the policy data: a complete, self-contained HTML
 * document (no external resources) with a skip link, one h1, numbered h2 sections listed in a
 * table of contents, real tables, and a link to the same page in the other language.
 */
export function renderPolicyPage(lang: Lang, data: PolicyData = policy): string {
  const L = labels[lang];
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const title = `${L.title} – ${data.controller.name}`;
  const sections = [
    aboutSection(data, lang),
    controllerSection(data, lang),
    dataSection(data, lang),
    purposesSection(data, lang),
    recipientsSection(data, lang),
    retentionSection(data, lang),
    securitySection(data, lang),
    rightsSection(data, lang),
    complaintsSection(data, lang),
    contactSection(data, lang),
  ];
  const page = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="alternate" hreflang="sv" href="${pagePaths.sv}" />
        <link rel="alternate" hreflang="en" href="${pagePaths.en}" />
        <style>
          ${trusted(pageCss)}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">${L.skip}</a>
        <header><a href="${pagePaths[other]}" hreflang="${other}" lang="${other}">${L.otherLanguage}</a></header>
        <main id="main" tabindex="-1">
          <h1>${title}</h1>
          <nav aria-labelledby="toc">
            <h2 id="toc">${L.toc}</h2>
            <ol>
              ${sections.map((s) => html`<li><a href="#${s.id}">${s.heading}</a></li>`)}
            </ol>
          </nav>
          ${sections.map(
            (s, i) =>
              html`<section aria-labelledby="${s.id}">
                <h2 id="${s.id}">${i + 1}. ${s.heading}</h2>
                ${s.body}
              </section> `,
          )}
        </main>
        <footer>
          <p>
            ${data.controller.name} · ${data.controller.orgNr} ·
            <a href="${pagePaths[other]}" hreflang="${other}" lang="${other}">${L.otherLanguage}</a>
          </p>
        </footer>
      </body>
    </html> `;
  return page.value;
}
