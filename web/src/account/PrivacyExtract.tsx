import { useState } from 'react';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Link } from '../router.tsx';
import { downloadExtract, EXTRACT_SCHEMA_URL, isStaleSignIn } from './privacyApi.ts';
import { usePrivacyTexts } from './privacyTexts.ts';

import { is401, signInAgainHref, type SectionProps } from './privacyShared.ts';

export function ExtractSection({ onSessionEnded }: SectionProps) {
  const { p, lang } = usePrivacyTexts();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'done' | 'stale' | { error: unknown } | null>(null);

  async function download(format: 'json' | 'pdf', extractLang: 'sv' | 'en') {
    setBusy(true);
    setOutcome(null);
    try {
      await downloadExtract(format, extractLang);
      setOutcome('done');
    } catch (error) {
      if (is401(error)) onSessionEnded();
      else if (isStaleSignIn(error)) setOutcome('stale');
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card privacy-extract" aria-labelledby="privacy-extract">
      <h2 id="privacy-extract">{p.extractTitle}</h2>
      <p className="muted">{p.extractIntro}</p>
      {outcome === 'stale' ? (
        <Alert kind="info">
          <p>{p.extractStale}</p>
          <p>
            <Link className="button" to={signInAgainHref}>
              {p.signInAgain}
            </Link>
          </p>
        </Alert>
      ) : outcome === 'done' ? (
        <Alert kind="success">{p.extractDone}</Alert>
      ) : outcome ? (
        <Alert>
          <ErrorText error={outcome.error} />
        </Alert>
      ) : null}
      {busy ? <p aria-live="polite">{p.extractBusy}</p> : null}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void download('pdf', lang)}>
          {p.extractPdf}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void download('json', lang)}
        >
          {p.extractJson}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          lang={lang === 'sv' ? undefined : 'en'}
          onClick={() => void download('pdf', 'en')}
        >
          {p.extractPdfEn}
        </button>
      </div>
      <p>
        <a href={EXTRACT_SCHEMA_URL} type="application/schema+json">
          {p.extractSchema}
        </a>
      </p>
    </section>
  );
}
