import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAccountTexts } from './texts.ts';

type L = { sv: string; en: string };
type Entry = { seq: number; at: string; action: string; roleLabel: L; purposeLabel: L; categoryLabels: L[] };

const texts = {
  sv: {
    when: 'När',
    who: 'Vem (roll)',
    why: 'Ändamål',
    what: 'Uppgifter',
    loading: 'Hämtar …',
    none: 'Ingen på Kliniksupport har tittat på dina uppgifter ännu.',
    failed: 'Kunde inte hämta loggen just nu.',
    caption: 'Åtkomster till dina personuppgifter, senaste först',
    actions: {
      read: 'läste',
      create: 'skapade',
      update: 'ändrade',
      delete: 'raderade',
      export: 'exporterade',
      disclose: 'lämnade ut',
    } as Record<string, string>,
  },
  en: {
    when: 'When',
    who: 'Who (role)',
    why: 'Purpose',
    what: 'Data',
    loading: 'Loading …',
    none: 'Nobody at Kliniksupport has looked at your data yet.',
    failed: 'Could not load the log right now.',
    caption: 'Accesses to your personal data, newest first',
    actions: {
      read: 'read',
      create: 'created',
      update: 'changed',
      delete: 'deleted',
      export: 'exported',
      disclose: 'disclosed',
    } as Record<string, string>,
  },
};

/** "Who at Kliniksupport accessed my data": when, in which role, for which purpose (§9). */
export function AccessLogSection({ title }: { title?: string } = {}) {
  const { a } = useAccountTexts();
  const { lang } = useI18n();
  const t = texts[lang];
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    api<{ items: Entry[] }>('GET', '/api/customers/me/access-log', undefined, ctl.signal).then(
      (r) => setEntries(r.items),
      () => !ctl.signal.aborted && setFailed(true),
    );
    return () => ctl.abort();
  }, []);

  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="account-access-log">
      <h2 id="account-access-log">{title ?? a.accessLogTitle}</h2>
      <p className="muted">{a.accessLogIntro}</p>
      {failed ? (
        <p role="alert">{t.failed}</p>
      ) : entries === null ? (
        <p aria-live="polite">{t.loading}</p>
      ) : entries.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t.caption}>
          <table className="access-log">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.why}</th>
                <th scope="col">{t.what}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td>
                    <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                  </td>
                  <td>{e.roleLabel[lang]}</td>
                  <td>{e.purposeLabel[lang]}</td>
                  <td>
                    {t.actions[e.action] ?? e.action}: {e.categoryLabels.map((c) => c[lang]).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
