import { html } from './html.ts';
import { contactList, type Section } from './page.sections.ts';
import { labels } from './page.labels.ts';
import { formatDuration } from './retention.words.ts';
import type { Lang, PolicyData } from './policy.types.ts';

/** §9–§12: security and roles, the rights and how to use them, complaints, contact. */

export function securitySection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const roles = data.roles.map((r) => html`<li><strong>${r.label[lang]}</strong>: ${r.description[lang]}</li>`);
  return {
    id: 'security',
    heading: L.security,
    body: html`<p>${data.statements.security[lang]}</p>
      <ul>
        ${data.securityMeasures.map((m) => html`<li>${m[lang]}</li>`)}
      </ul>
      <h3>${L.roles}</h3>
      <ul>
        ${roles}
      </ul>`,
  };
}

export function rightsSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const d = data.responseDeadline;
  const rights = data.rights.map((r) => {
    const source = r.policyClause ? L.policyAndGdpr(r.policyClause, r.article) : L.gdprOnly(r.article);
    return html`<h3 id="right-${r.id}">${r.title[lang]}</h3>
      <p>${r.description[lang]}</p>
      <p><strong>${L.howTo}:</strong> ${r.howTo[lang]}</p>
      <p class="note">${L.source}: ${source}</p>`;
  });
  return {
    id: 'rights',
    heading: L.rights,
    body: html`<p>${L.deadline(formatDuration(d.within, lang), formatDuration(d.extension, lang), d.article)}</p>
      ${rights}`,
  };
}

export function complaintsSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const a = data.supervisoryAuthority;
  return {
    id: 'complaints',
    heading: L.complaints,
    body: html`<p>${data.statements.complaintToUs[lang]}</p>
      <p><strong>${a.name} (${a.shortName})</strong></p>
      ${contactList(
        a,
        lang,
        html`<dt>${L.web}</dt>
          <dd><a href="${a.web}">${a.web.replace(/^https:\/\//, '')}</a></dd>`,
      )}
      <p class="note">${a.note[lang]}</p>`,
  };
}

export function contactSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  return {
    id: 'contact',
    heading: L.contact,
    body: html`<p>${data.statements.contact[lang]}</p>
      <h3>${L.customerService}</h3>
      ${contactList(data.controller, lang)}`,
  };
}
