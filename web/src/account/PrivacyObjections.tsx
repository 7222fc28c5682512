import { useState, type FormEvent } from 'react';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { getObjections, object, type ObjectionChannel } from './privacyApi.ts';
import { usePrivacyTexts } from './privacyTexts.ts';
import { formatDate } from './texts.ts';

import { is401, useSectionList, type SectionProps } from './privacyShared.ts';

const channels: ObjectionChannel[] = ['all', 'email', 'sms', 'post', 'social'];

export function ObjectionsSection({ onSessionEnded }: SectionProps) {
  const { p, lang } = usePrivacyTexts();
  const [channel, setChannel] = useState<ObjectionChannel>('all');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'recorded' | { error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);

  const items = useSectionList(getObjections, attempt, onSessionEnded, (error) => setOutcome({ error }));

  async function record(kind: 'direct_marketing' | 'profiling', ch: ObjectionChannel) {
    setBusy(true);
    setOutcome(null);
    try {
      await object(kind, ch);
      setOutcome('recorded');
      setAttempt((n) => n + 1);
    } catch (error) {
      if (is401(error)) onSessionEnded();
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  function onMarketing(ev: FormEvent) {
    ev.preventDefault();
    void record('direct_marketing', channel);
  }

  return (
    <section className="card privacy-objections" aria-labelledby="privacy-objections">
      <h2 id="privacy-objections">{p.objectionsTitle}</h2>
      <p className="muted">{p.objectionsIntro}</p>
      {outcome === 'recorded' ? (
        <Alert kind="success">{p.objectionRecorded}</Alert>
      ) : outcome ? (
        <Alert>
          <ErrorText error={outcome.error} />
        </Alert>
      ) : null}
      <form className="account-form" onSubmit={onMarketing}>
        <fieldset>
          <legend>{p.channelLegend}</legend>
          {channels.map((c) => (
            <label key={c} className="radio">
              <input
                type="radio"
                name="objection-channel"
                value={c}
                checked={channel === c}
                onChange={() => setChannel(c)}
              />{' '}
              {p.channels[c]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {p.objectMarketing}
        </button>
      </form>
      <p>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void record('profiling', 'all')}
        >
          {p.objectProfiling}
        </button>
      </p>
      <h3 id="privacy-objections-list">{p.objectionsListTitle}</h3>
      {items === null ? (
        <p className="muted">…</p>
      ) : items.length === 0 ? (
        <p>{p.objectionsNone}</p>
      ) : (
        <ul aria-labelledby="privacy-objections-list">
          {items.map((o) => (
            <li key={`${o.kind}-${o.channel}`}>
              {p.objectionKinds[o.kind] ?? o.kind}
              {o.kind === 'direct_marketing' ? `: ${p.channels[o.channel] ?? o.channel}` : ''}{' '}
              <span className="muted">
                (<time dateTime={o.recordedAt}>{p.since(formatDate(o.recordedAt, lang))}</time>)
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
