import type { Duration, Lang, PolicyData, RetentionAction, RetentionRuleDef } from './policy.types.ts';

/** Retention periods in plain words, from the data: "5 år efter transaktionsdatum". */

const units = {
  sv: { years: ['år', 'år'], months: ['månad', 'månader'], days: ['dag', 'dagar'] },
  en: { years: ['year', 'years'], months: ['month', 'months'], days: ['day', 'days'] },
} as const;

const ordinals = {
  sv: ['nollte', 'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde'],
  en: ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
} as const;

const actions = {
  sv: { delete: 'Raderas', truncate: 'Förkortas', anonymise: 'Anonymiseras' },
  en: { delete: 'Deleted', truncate: 'Truncated', anonymise: 'Anonymised' },
} as const satisfies Record<Lang, Record<RetentionAction, string>>;

export function formatDuration(d: Duration, lang: Lang): string {
  const parts = (['years', 'months', 'days'] as const)
    .filter((k) => (d[k] ?? 0) > 0)
    .map((k) => `${d[k]} ${units[lang][k][d[k] === 1 ? 0 : 1]}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${parts.at(-1)}`;
}

const ordinal = (n: number, lang: Lang) => ordinals[lang][n] ?? `${n}${lang === 'sv' ? ':e' : 'th'}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How long: "5 år efter transaktionsdatum", "Tills ärendet avslutas", "Snarast och senast 6 månader …". */
export function periodText(data: PolicyData, rule: RetentionRuleDef, lang: Lang): string {
  const words = data.triggers[rule.trigger];
  const p = rule.period;
  if (p.toEndOfCalendarYear) {
    const n = ordinal(p.years ?? 0, lang);
    return lang === 'sv'
      ? `Till och med det ${n} året efter utgången av det kalenderår då ${words.until.sv}`
      : `Until the end of the ${n} year after the end of the calendar year in which ${words.until.en}`;
  }
  const duration = formatDuration(p, lang);
  if (duration === '') return lang === 'sv' ? `Tills ${words.until.sv}` : `Until ${words.until.en}`;
  const span = lang === 'sv' ? `${duration} efter ${words.after.sv}` : `${duration} after ${words.after.en}`;
  if (rule.timing === 'asap')
    return lang === 'sv' ? `Snarast och senast ${span}` : `As soon as possible and at the latest ${span}`;
  return span;
}

/** What happens then: "Raderas", "Förkortas". */
export function actionText(rule: RetentionRuleDef, lang: Lang): string {
  return actions[lang][rule.action];
}

/** One sentence: "5 år efter transaktionsdatum. Raderas därefter." */
export function retentionSentence(data: PolicyData, rule: RetentionRuleDef, lang: Lang): string {
  const period = periodText(data, rule, lang);
  if (rule.timing === 'asap') return `${actionText(rule, lang)} ${period.charAt(0).toLowerCase()}${period.slice(1)}.`;
  const then = lang === 'sv' ? 'därefter' : 'after that';
  return `${capitalise(period)}. ${actionText(rule, lang)} ${then}.`;
}
