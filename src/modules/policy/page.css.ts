/**
 * The policy page's style sheet: system fonts, a readable measure, contrast well above WCAG AA
 * (body text #1b1b1b on #ffffff is 17:1, links #0a4f8f 8.6:1), visible focus, tables that scroll
 * on narrow screens, a dark scheme with the same contrast, and a clean print.
 */
export const pageCss = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #4a4a4a; --link: #0a4f8f; --line: #c8c8c8; --head: #eef2f6; --focus: #b35c00; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #f2f2f2; --bg: #121212; --muted: #c4c4c4; --link: #8cc4ff; --line: #555555; --head: #1f2a35; --focus: #ffb366; }
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main, header, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1rem; display: flex; justify-content: flex-end; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.3; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
p, li, dd { max-width: 70ch; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -4rem; background: var(--bg); color: var(--link); padding: 0.5rem 1rem; border: 2px solid var(--link); z-index: 10; }
.skip:focus { top: 0.5rem; }
nav ol { padding-left: 1.5rem; }
.note { color: var(--muted); }
.table { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
th, td { border: 1px solid var(--line); padding: 0.5rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody th { font-weight: 600; }
td ul, td p { margin: 0; padding-left: 1.1rem; }
td p { padding-left: 0; }
td li + li, td p + p { margin-top: 0.35rem; }
dl.contact { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; }
dl.contact dt { font-weight: 600; }
dl.contact dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 40rem) { dl.contact { grid-template-columns: minmax(0, 1fr); } dl.contact dd { margin-bottom: 0.5rem; } }
.tag { font-size: 0.85em; color: var(--muted); }
footer { margin: 3rem auto 2rem; padding-top: 1rem; border-top: 1px solid var(--line); }
@media print { .skip, nav, header { display: none; } a { color: inherit; } .table { overflow: visible; } }
`.trim();
