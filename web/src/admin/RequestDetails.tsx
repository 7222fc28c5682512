import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErasurePlanSection } from './ErasurePlan.tsx';
import { RequestFiles } from './RequestFiles.tsx';
import { RequestSteps } from './RequestSteps.tsx';
import { RequestVerification } from './RequestVerification.tsx';
import { extractUrl, getRecord, isOpen, type RequestRecord } from './requests.ts';
import { Problem } from './RequestProblem.tsx';
import { requestsTexts } from './RequestsTexts.ts';

/** One request: its facts and clock, verification, scans, handling, letters, extract and (erasure) plan. */
export function RequestDetails({ id }: { id: string }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const [record, setRecord] = useState<RequestRecord | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);

  const load = useCallback((signal?: AbortSignal) => getRecord(id, signal).then(setRecord), [id]);
  useEffect(() => {
    const ctrl = new AbortController();
    load(ctrl.signal).catch((error: unknown) => !isAbort(error) && setFailed(error));
    return () => ctrl.abort();
  }, [load]);
  const reload = () => load().catch(setFailed);

  if (failed !== undefined && !record) return <Problem error={failed} />;
  if (!record) return <p className="muted">{t.loading}</p>;
  const r = record.request;
  const facts: [string, string][] = [
    [t.kind, r.kindLabel[lang]],
    [t.channel, t.channels[r.channel] ?? r.channel],
    [t.received, r.receivedAt.slice(0, 10)],
    [
      t.due,
      r.due
        ? `${r.due}${r.daysLeft !== null ? ` (${t.daysLeft(r.daysLeft)})` : ''}`
        : r.pausedSince
          ? t.pausedSince(r.pausedSince)
          : '–',
    ],
    [t.state, t.statuses[r.status] ?? r.status],
    [t.language, t.languages[r.language] ?? r.language],
    [t.contact, r.contactId ?? '–'],
    [t.company, r.companyId ?? '–'],
  ];
  if (r.extensionReasonLabel) facts.push([t.extend, t.extendedWhy(r.extensionReasonLabel[lang])]);
  if (r.refusalReasonLabel) facts.push([t.refuse, r.refusalReasonLabel[lang]]);

  return (
    <>
      <section className="card" aria-labelledby="request-facts-title">
        <h2 id="request-facts-title">{r.kindLabel[lang]}</h2>
        <dl className="facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        {r.pauses.length ? (
          <>
            <h3>{t.pauses}</h3>
            <ul>
              {r.pauses.map((p) => (
                <li key={p.pausedAt}>
                  {t.pauseLine(p.pausedAt.slice(0, 10), p.resumedAt?.slice(0, 10) ?? null, p.reasonLabel[lang])}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {failed !== undefined ? <Problem error={failed} /> : null}
      <RequestVerification record={record} onChanged={reload} />
      <RequestFiles record={record} onChanged={reload} />
      {isOpen(r) ? <RequestSteps record={record} onChanged={reload} /> : null}
      <section className="card" aria-labelledby="request-letters-title">
        <h2 id="request-letters-title">{t.lettersTitle}</h2>
        {record.letters.length === 0 ? (
          <p>{t.noLetters}</p>
        ) : (
          <ul>
            {record.letters.map((l) => (
              <li key={l.id}>
                <time dateTime={l.sentAt}>{l.sentAt.slice(0, 10)}</time> {t.letterKinds[l.kind] ?? l.kind} (
                {t.languages[l.language] ?? l.language}, {t.deliveries[l.delivery] ?? l.delivery})
                {l.items.length ? `: ${l.items.map((i) => t.items[i] ?? i).join(', ')}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      {r.contactId ? (
        <section className="card" aria-labelledby="request-extract-title">
          <h2 id="request-extract-title">{t.extractTitle}</h2>
          <p>{t.extractIntro}</p>
          <p className="downloads">
            <a className="button button-secondary" href={extractUrl(r.id, 'pdf', r.language)} download>
              {t.pdf}
            </a>{' '}
            <a className="button button-secondary" href={extractUrl(r.id, 'json', r.language)} download>
              {t.json}
            </a>
          </p>
        </section>
      ) : null}
      {r.kind === 'erasure' && isOpen(r) ? <ErasurePlanSection requestId={r.id} onDone={reload} /> : null}
    </>
  );
}
