import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from './html.ts';

describe('html', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes interpolated strings, arrays and numbers, and passes nested html through', () => {
    const evil = '<script>alert("x")</script>';
    const inner = html`<em>${evil}</em>`;
    const out = html`<p title="${evil}">${inner}${[evil, 1, null, false, undefined]}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"><em>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</em>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;1</p>',
    );
  });

  it('passes trusted constants through unchanged', () => {
    const css = trusted('a > b { color: red }');
    expect(html`<p>${css}</p>`.value).toBe('<p>a > b { color: red }</p>');
  });
});
