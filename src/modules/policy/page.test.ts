import { describe, expect, it } from 'vitest';
import { renderPolicyPage } from './page.render.ts';
import { policy } from './policy.data.ts';
import { periodText } from './retention.words.ts';
import { langs, type Lang, type PolicyData } from './policy.types.ts';

const pages = { sv: renderPolicyPage('sv'), en: renderPolicyPage('en') } as const;
/** The text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe.each(langs)('the %s policy page', (lang: Lang) => {
  const html = pages[lang];
  const body = text(html);

  it('is a complete, accessible document', () => {
    expect(html).toMatch(new RegExp(`^<!doctype html>\\s*<html lang="${lang}">`));
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta charset="utf-8" ?\/?>/);
    expect(html).toMatch(/<a class="skip" href="#main">/);
    expect(html).toContain('<main id="main"');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toMatch(/<caption[^>]*>/);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row">');
    expect(html).not.toMatch(/<(script|img|iframe)\b|<link rel="stylesheet"|src=|https?:\/\/(?!www\.imy\.se)/);
  });

  it('keeps a heading hierarchy without skipped levels', () => {
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
  });

  it('lists every section in the table of contents', () => {
    const sectionIds = [...html.matchAll(/<section aria-labelledby="([^"]+)">\s*<h2 id="\1">/g)].map((m) => m[1]);
    expect(sectionIds.length).toBeGreaterThanOrEqual(10);
    for (const id of sectionIds) expect(html).toContain(`<li><a href="#${id}">`);
  });

  it('links to the other language with hreflang', () => {
    const [other, path] = lang === 'sv' ? ['en', '/en/privacy-policy'] : ['sv', '/integritetspolicy'];
    expect(html).toContain(`<a href="${path}" hreflang="${other}" lang="${other}">`);
    expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${other}" href="${path}" ?/?>`));
  });

  it('names the controller and DPO with org nr and contact details', () => {
    const c = policy.controller;
    for (const s of [c.name, c.orgNr, c.street, `${c.postalCode} ${c.city}`, c.phone, c.email, policy.dpo.note[lang]])
      expect(body).toContain(s);
  });

  it('has every purpose in the purposes table with each of its legal bases and GDPR article', () => {
    const table = html.slice(
      html.indexOf('id="cap-purposes"'),
      html.indexOf('</table>', html.indexOf('id="cap-purposes"')),
    );
    for (const p of policy.purposes) {
      const row = text(
        table.slice(
          table.indexOf(`id="purpose-${p.id}"`),
          table.indexOf('</tr>', table.indexOf(`id="purpose-${p.id}"`)),
        ),
      );
      expect(row, p.id).toContain(p.title[lang]);
      expect(row).toContain(p.clause);
      for (const b of p.bases) {
        const basis = policy.legalBases[b.basis];
        expect(row, `${p.id} ${b.basis}`).toContain(basis.label[lang]);
        expect(row).toContain(lang === 'sv' ? `artikel 6.1 ${basis.article.at(-2)}` : `Article ${basis.article}`);
      }
    }
  });

  it('states every retention rule and statutory exception plainly', () => {
    for (const r of policy.retentionRules) {
      expect(body, r.id).toContain(r.title[lang]);
      expect(body, r.id).toContain(periodText(policy, r, lang));
      if (r.kind === 'statutory') {
        expect(body).toContain(r.law.name[lang]);
        expect(body).toContain(r.keptData[lang]);
      }
    }
    expect(body).toContain(lang === 'sv' ? '5 år efter transaktionsdatum' : '5 years after the transaction date');
    expect(body).toContain(lang === 'sv' ? 'Bokföringslagen (1999:1078) 7 kap. 2 §' : 'Bookkeeping Act');
    expect(body).toContain('(EU) 2017/745');
    expect(body).toContain(policy.statements.statutoryRetention[lang]);
  });

  it('lists the recipients, the rights with how to use them, and the deadline', () => {
    for (const r of policy.recipients) expect(body, r.id).toContain(r.name[lang]);
    for (const r of policy.rights) {
      expect(body, r.id).toContain(r.title[lang]);
      expect(body, r.id).toContain(r.howTo[lang]);
    }
    expect(body).toContain(lang === 'sv' ? 'inom 1 månad' : 'within 1 month');
    expect(body).toContain(lang === 'sv' ? 'ytterligare 2 månader' : 'further 2 months');
  });

  it('names IMY with its address and the note on Datainspektionen', () => {
    const a = policy.supervisoryAuthority;
    for (const s of [
      a.name,
      'IMY',
      a.street,
      `${a.postalCode} ${a.city}`,
      a.email,
      a.phone,
      'www.imy.se',
      'Datainspektionen',
    ]) {
      expect(body).toContain(s);
    }
  });
});

describe('renderPolicyPage', () => {
  it('escapes the data it interpolates', () => {
    const evil = structuredClone(policy) as unknown as {
      controller: { name: string };
      purposes: { title: { sv: string } }[];
    };
    evil.controller.name = '<script>alert(1)</script> & Co';
    evil.purposes[0]!.title.sv = '"><img src=x onerror=alert(1)>';
    const html = renderPolicyPage('sv', evil as unknown as PolicyData);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('changes with the data: a new retention period shows on the page', () => {
    const changed = structuredClone(policy) as unknown as {
      retentionRules: { id: string; period: { years?: number } }[];
    };
    changed.retentionRules.find((r) => r.id === 'history_5y')!.period = { years: 3 };
    expect(text(renderPolicyPage('sv', changed as unknown as PolicyData))).toContain('3 år efter transaktionsdatum');
  });
});
