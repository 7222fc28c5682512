import { html, type SafeHtml } from './html.ts';
import { labels } from './page.labels.ts';
import { byId, statutoryOverridesFor } from './policy.lookup.ts';
import { periodText } from './retention.words.ts';
import type { Contact, Lang, PolicyData, PurposeDef, RecipientDef } from './policy.types.ts';

/** The policy page's sections about who we are, what we process and why. */

export type Section = { id: string; heading: string; body: SafeHtml };

export function contactList(c: Contact, lang: Lang, extra: SafeHtml | null = null): SafeHtml {
  const L = labels[lang];
  return html`<dl class="contact">
    <dt>${L.address}</dt>
    <dd>${c.name}, ${c.street}, ${c.postalCode} ${c.city}</dd>
    <dt>${L.phone}</dt>
    <dd><a href="tel:${c.phoneE164}">${c.phone}</a></dd>
    <dt>${L.email}</dt>
    <dd><a href="mailto:${c.email}">${c.email}</a></dd>
    ${extra}
  </dl>`;
}

export function aboutSection(data: PolicyData, lang: Lang): Section {
  return { id: 'about', heading: labels[lang].about, body: html`<p>${data.statements.scope[lang]}</p>` };
}

export function controllerSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const c = data.controller;
  return {
    id: 'controller',
    heading: L.controller,
    body: html`<p>${c.name} (${L.orgNr.toLowerCase()} ${c.orgNr}) ${L.isController} ${data.dpo.note[lang]}</p>
      ${contactList(
        c,
        lang,
        html`<dt>${L.orgNr}</dt>
          <dd>${c.orgNr}</dd>`,
      )}
      <p>${data.statements.partners[lang]}</p>`,
  };
}

export function dataSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const rows = data.categories.map(
    (c) =>
      html`<tr>
        <th scope="row">${c.label[lang]}${c.technical ? html` <span class="tag">(${L.technical})</span>` : ''}</th>
        <td>${c.explanation[lang]}</td>
      </tr>`,
  );
  const subjects = data.subjects.map((s) => html`<li><strong>${s.label[lang]}</strong>: ${s.description[lang]}</li>`);
  return {
    id: 'data',
    heading: L.data,
    body: html`<div class="table" role="region" aria-labelledby="cap-categories" tabindex="0">
        <table>
          <caption id="cap-categories">
            ${L.categoriesCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${L.category}</th>
              <th scope="col">${L.meaning}</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </div>
      <p>${data.statements.companyData[lang]}</p>
      <h3>${L.subjects}</h3>
      <ul>
        ${subjects}
      </ul>`,
  };
}

function basesCell(data: PolicyData, p: PurposeDef, lang: Lang): SafeHtml {
  const L = labels[lang];
  return html`<ul>
    ${p.bases.map((b) => {
      const def = data.legalBases[b.basis];
      const who = b.appliesTo.map((s) => byId(data.subjects, s, 'subject').label[lang]).join(', ');
      return html`<li>
        <strong>${def.label[lang]}</strong> (${L.article(def.article)})${b.scope ? html` – ${b.scope[lang]}` : ''}.
        ${L.appliesTo}: ${who}. ${b.explanation[lang]}${b.law ? html` ${L.law}: ${b.law[lang]}` : ''}
      </li>`;
    })}
  </ul>`;
}

export function purposesSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const rows = data.purposes.map((p) => {
    const cats = p.categories.map((c) => html`<li>${byId(data.categories, c, 'category').label[lang]}</li>`);
    const own = p.retention.map((id) => byId(data.retentionRules, id, 'retention rule'));
    const rules = own.map((r) => html`<li>${r.title[lang]}: ${periodText(data, r, lang)}</li>`);
    const statutory =
      statutoryOverridesFor(data, p.id).length > 0
        ? html`<p>${L.lawMayKeepLonger} <a href="#statutory">${L.statutory.toLowerCase()}</a>.</p>`
        : '';
    return html`<tr id="purpose-${p.id}">
      <th scope="row">${p.title[lang]} <span class="tag">(${p.clause})</span></th>
      <td>
        <p>${p.description[lang]}</p>
        ${p.stopsOnObjection ? html`<p>${L.objection}</p>` : ''}
      </td>
      <td>${basesCell(data, p, lang)}</td>
      <td>
        <ul>
          ${cats}
        </ul>
      </td>
      <td>
        <ul>
          ${rules}
        </ul>
        ${statutory}
      </td>
    </tr>`;
  });
  return {
    id: 'purposes',
    heading: L.purposes,
    body: html`<div class="table" role="region" aria-labelledby="cap-purposes" tabindex="0">
      <table>
        <caption id="cap-purposes">
          ${L.purposesCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${L.purpose}</th>
            <th scope="col">${L.whatWeDo}</th>
            <th scope="col">${L.legalBasis}</th>
            <th scope="col">${L.categories}</th>
            <th scope="col">${L.retention}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`,
  };
}

function recipientItem(data: PolicyData, r: RecipientDef, lang: Lang): SafeHtml {
  const L = labels[lang];
  const purposes = r.purposes.map((p) => byId(data.purposes, p, 'purpose').title[lang]).join(', ');
  const cats = r.categories.map((c) => byId(data.categories, c, 'category').label[lang]).join(', ');
  return html`<li>
    <strong>${r.name[lang]}</strong>. ${r.examples[lang]} ${L.recipientPurposes}: ${purposes}. ${L.categories}: ${cats}.
    ${L.safeguard}: ${r.safeguard.description[lang]}
  </li>`;
}

export function recipientsSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const of = (kind: RecipientDef['kind']) =>
    data.recipients.filter((r) => r.kind === kind).map((r) => recipientItem(data, r, lang));
  return {
    id: 'recipients',
    heading: L.recipients,
    body: html`<p>${data.statements.sharing[lang]}</p>
      <h3>${L.processors}</h3>
      <ul>
        ${of('processor')}
      </ul>
      <p>${data.statements.sameProcessingPurpose[lang]}</p>
      <h3>${L.controllers}</h3>
      <ul>
        ${of('independent_controller')}
      </ul>
      <h3>${L.transfers}</h3>
      <p>${data.statements.thirdCountryTransfers[lang]}</p>`,
  };
}
