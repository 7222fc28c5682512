import { useEffect, useState, type FormEvent } from 'react';
import { isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { ConsentTextBlock } from '../marketing/ConsentTextBlock.tsx';
import {
  consentChannels,
  getConsentTexts,
  getMyConsents,
  giveConsents,
  withdrawMyConsent,
  type ConsentChannel,
  type ConsentText,
} from '../marketing/marketingApi.ts';
import { useMarketingTexts } from '../marketing/texts.ts';
import { is401, useSectionList, type SectionProps } from './privacyShared.ts';
import { formatDate } from './texts.ts';

/** "Samtycken": the contact's consents with the text version of each; give and withdraw, one click each. */
export function ConsentsSection({ onSessionEnded }: SectionProps) {
  const { m, lang } = useMarketingTexts();
  const [attempt, setAttempt] = useState(0);
  const [texts, setTexts] = useState<ConsentText[]>([]);
  const [chosen, setChosen] = useState<ConsentChannel[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'given' | 'withdrawn' | { error: unknown } | null>(null);
  const items = useSectionList(getMyConsents, attempt, onSessionEnded, (error) => setOutcome({ error }));

  useEffect(() => {
    const ctrl = new AbortController();
    getConsentTexts(ctrl.signal).then(
      (r) => setTexts(r.items),
      (error: unknown) => {
        if (!isAbort(error)) setOutcome({ error });
      },
    );
    return () => ctrl.abort();
  }, []);

  async function act(what: 'given' | 'withdrawn', fn: () => Promise<unknown>) {
    setBusy(true);
    setOutcome(null);
    try {
      await fn();
      setOutcome(what);
      setChosen([]);
      setAttempt((n) => n + 1);
    } catch (error) {
      if (is401(error)) onSessionEnded();
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  const live = (items ?? []).filter((c) => !c.withdrawnAt);
  const open = consentChannels.filter((c) => !live.some((l) => l.channel === c));
  const shown = texts.filter((t) => chosen.includes(t.channel));

  function onGive(ev: FormEvent) {
    ev.preventDefault();
    if (!chosen.length) return;
    const versions = Object.fromEntries(chosen.map((c) => [c, texts.find((t) => t.channel === c)?.version ?? '']));
    void act('given', () => giveConsents(chosen, versions));
  }

  return (
    <section className="card privacy-consents" aria-labelledby="privacy-consents">
      <h2 id="privacy-consents">{m.consentsTitle}</h2>
      <p className="muted">{m.consentsIntro}</p>
      {outcome === 'given' ? (
        <Alert kind="success">{m.given}</Alert>
      ) : outcome === 'withdrawn' ? (
        <Alert kind="success">{m.withdrawnOne}</Alert>
      ) : outcome ? (
        <Alert>
          <ErrorText error={outcome.error} />
        </Alert>
      ) : null}
      {items === null ? (
        <p className="muted">…</p>
      ) : items.length === 0 ? (
        <p>{m.consentsNone}</p>
      ) : (
        <ul className="consent-list plain" aria-labelledby="privacy-consents">
          {items.map((c) => (
            <li key={c.id}>
              <strong>{m.channelNames[c.channel]}</strong>{' '}
              <span className="muted">
                {m.textVersion(c.textVersion)}, {m.givenAt}{' '}
                <time dateTime={c.givenAt}>{formatDate(c.givenAt, lang)}</time>
                {c.withdrawnAt ? (
                  <>
                    , {m.withdrawnAt} <time dateTime={c.withdrawnAt}>{formatDate(c.withdrawnAt, lang)}</time>
                  </>
                ) : null}
              </span>{' '}
              {!c.withdrawnAt ? (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  aria-label={`${m.withdrawOne}: ${m.channelNames[c.channel]}`}
                  onClick={() => void act('withdrawn', () => withdrawMyConsent(c.id))}
                >
                  {m.withdrawOne}
                </button>
              ) : null}
              {c.text ? (
                <details>
                  <summary>{m.showText}</summary>
                  <ConsentTextBlock text={c.text} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {open.length ? (
        <form className="account-form" onSubmit={onGive}>
          <fieldset>
            <legend>{m.giveLegend}</legend>
            {open.map((c) => (
              <label key={c} className="checkbox">
                <input
                  type="checkbox"
                  name="give-channels"
                  value={c}
                  checked={chosen.includes(c)}
                  onChange={() => setChosen((now) => (now.includes(c) ? now.filter((x) => x !== c) : [...now, c]))}
                />
                {m.channelNames[c]}
              </label>
            ))}
          </fieldset>
          {shown.map((t) => (
            <ConsentTextBlock key={t.version} text={t} />
          ))}
          <button type="submit" className="button" disabled={busy || chosen.length === 0}>
            {m.giveButton}
          </button>
        </form>
      ) : null}
    </section>
  );
}
