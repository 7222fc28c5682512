import { useI18n } from '../i18n/i18n.tsx';
import { niceMax, PALETTE, stacks, type Bilingual, type MonthCount } from './retention.ts';
import { retentionTexts } from './RetentionTexts.ts';

// The drawing's own coordinates; the SVG scales to its box.
const W = 640;
const H = 240;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 40;
const INK = '#4d5960';
const GRID = '#cfd8db';

type Props = { id: string; caption: string; months: MonthCount[]; rules: { id: string; title: Bilingual }[] };

/**
 * Rows per month as bars stacked by rule, in plain SVG. The caption, a one-line summary, the legend
 * and a table of the same figures make it readable without the picture.
 */
export function RetentionChart({ id, caption, months, rules }: Props) {
  const { lang } = useI18n();
  const t = retentionTexts[lang];
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day1 = (month: string) => new Date(`${month}-01T00:00:00Z`);
  const ids = rules.map((r) => r.id);
  const colour = (rule: string) => PALETTE[ids.indexOf(rule) % PALETTE.length];
  const title = (rule: string) => rules.find((r) => r.id === rule)?.title[lang] ?? rule;
  const bars = stacks(months, ids);
  const top = niceMax(Math.max(0, ...months.map((m) => m.rows)));
  const plotH = H - TOP - BOTTOM;
  const band = (W - LEFT - RIGHT) / Math.max(1, months.length);
  const y = (n: number) => TOP + plotH - (n / top) * plotH;
  const ticks = top % 2 === 0 ? [0, top / 2, top] : [0, top];
  const total = months.reduce((n, m) => n + m.rows, 0);
  const first = months[0];
  const last = months[months.length - 1];

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-caption ${id}-summary`}
        focusable="false"
      >
        {ticks.map((n) => (
          <g key={n}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(n)} y2={y(n)} stroke={GRID} />
            <text x={LEFT - 6} y={y(n) + 4} textAnchor="end" fontSize="12" fill={INK}>
              {n.toLocaleString(locale)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = LEFT + i * band;
          const newYear = i === 0 || m.month.endsWith('-01');
          return (
            <g key={m.month} data-month={m.month}>
              {bars[i]!.map((s) => (
                <rect
                  key={s.rule}
                  x={x + band * 0.2}
                  width={band * 0.6}
                  y={y(s.to)}
                  height={Math.max(1, y(s.from) - y(s.to))}
                  fill={colour(s.rule)}
                  stroke="#fff"
                >
                  <title>{`${long.format(day1(m.month))}, ${title(s.rule)}: ${t.rows(s.n)}`}</title>
                </rect>
              ))}
              <text x={x + band / 2} y={H - BOTTOM + 16} textAnchor="middle" fontSize="12" fill={INK}>
                {short.format(day1(m.month)).replace('.', '')}
              </text>
              {newYear ? (
                <text x={x + band / 2} y={H - BOTTOM + 32} textAnchor="middle" fontSize="12" fill={INK}>
                  {m.month.slice(0, 4)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <p id={`${id}-summary`} className="chart-summary">
        {first && last ? t.chartSummary(total, long.format(day1(first.month)), long.format(day1(last.month))) : null}
      </p>
      <ul className="chart-legend" aria-label={t.legend}>
        {rules.map((r) => (
          <li key={r.id}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" rx="2" fill={colour(r.id)} />
            </svg>{' '}
            {r.title[lang]}
          </li>
        ))}
      </ul>
      <details className="chart-figures">
        <summary>{t.tableSummary}</summary>
        {/* Focusable: a table wider than the screen scrolls by keyboard too. */}
        <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
          <table className="ropa-table chart-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                {rules.map((r) => (
                  <th key={r.id} scope="col">
                    {r.title[lang]}
                  </th>
                ))}
                <th scope="col">{t.total}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">
                    <time dateTime={m.month}>{long.format(day1(m.month))}</time>
                  </th>
                  {rules.map((r) => (
                    <td key={r.id}>{m.byRule[r.id] ?? 0}</td>
                  ))}
                  <td>{m.rows}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
