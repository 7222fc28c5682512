import { html } from './html.ts';
import { labels } from './page.labels.ts';
import type { Section } from './page.sections.ts';
import { byId } from './policy.lookup.ts';
import { actionText, periodText } from './retention.words.ts';
import type { Lang, PolicyData } from './policy.types.ts';

/** §8: the policy's retention rules, then the laws that keep data longer, in plain words. */
export function retentionSection(data: PolicyData, lang: Lang): Section {
  const L = labels[lang];
  const own = data.retentionRules.filter((r) => r.kind === 'policy');
  const rows = own.map(
    (r) =>
      html`<tr id="retention-${r.id}">
        <th scope="row">${r.title[lang]} <span class="tag">(${r.clause})</span></th>
        <td>${periodText(data, r, lang)}</td>
        <td>${actionText(r, lang)}</td>
        <td>${r.statement[lang]}</td>
      </tr>`,
  );
  const statutory = data.retentionRules.flatMap((r) => {
    if (r.kind !== 'statutory') return [];
    const overrides = r.overrides.map((o) => byId(data.retentionRules, o, 'retention rule').title[lang]).join(', ');
    return [
      html`<tr id="retention-${r.id}">
        <th scope="row">${r.title[lang]}</th>
        <td>${r.law.name[lang]}</td>
        <td>${periodText(data, r, lang)}</td>
        <td>
          <p>${r.statement[lang]}</p>
          <p>${L.keptData}: ${r.keptData[lang]}</p>
        </td>
        <td>${overrides}</td>
      </tr>`,
    ];
  });
  return {
    id: 'retention',
    heading: L.storage,
    body: html`<p>${data.statements.storage[lang]}</p>
      <div class="table" role="region" aria-labelledby="cap-retention" tabindex="0">
        <table>
          <caption id="cap-retention">
            ${L.retentionCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${L.rule}</th>
              <th scope="col">${L.howLong}</th>
              <th scope="col">${L.then}</th>
              <th scope="col">${L.explanation}</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </div>
      <h3 id="statutory">${L.statutory}</h3>
      <p>${data.statements.statutoryRetention[lang]}</p>
      <div class="table" role="region" aria-labelledby="cap-statutory" tabindex="0">
        <table>
          <caption id="cap-statutory">
            ${L.statutoryCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${L.rule}</th>
              <th scope="col">${L.law}</th>
              <th scope="col">${L.howLong}</th>
              <th scope="col">${L.explanation}</th>
              <th scope="col">${L.overrides}</th>
            </tr>
          </thead>
          <tbody>
            ${statutory}
          </tbody>
        </table>
      </div>`,
  };
}
