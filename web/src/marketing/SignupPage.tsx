import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ConsentTextBlock } from './ConsentTextBlock.tsx';
import { consentChannels, getConsentTexts, signUp, type ConsentChannel, type ConsentText } from './marketingApi.ts';
import { useMarketingTexts } from './texts.ts';

/** An event's sign-up link carries its code: `/nyhetsbrev?event=TANDMASSA-2026`. */
const eventCode = () => new URLSearchParams(window.location.search).get('event')?.trim() || undefined;

/** Public sign-up with double opt-in: nothing is saved until the person confirms from the e-mail. */
export function SignupPage() {
  const { m, lang } = useMarketingTexts();
  const [texts, setTexts] = useState<ConsentText[] | null>(null);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [chosen, setChosen] = useState<ConsentChannel[]>([]);
  const [problems, setProblems] = useState<{ email?: string; channels?: string }>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'sent' | { error: unknown } | null>(null);

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

  const toggle = (c: ConsentChannel) =>
    setChosen((now) =>
      now.includes(c) ? now.filter((x) => x !== c) : consentChannels.filter((x) => x === c || now.includes(x)),
    );

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const found = {
      email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? undefined : m.emailProblem,
      channels: chosen.length ? undefined : m.channelsProblem,
    };
    setProblems(found);
    if (found.email || found.channels || !texts) return;
    setBusy(true);
    setOutcome(null);
    const code = eventCode();
    try {
      await signUp({
        email: email.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(company.trim() ? { company: company.trim() } : {}),
        channels: chosen,
        ...(code ? { source: 'event' as const, eventCode: code } : {}),
        language: lang,
        textVersions: Object.fromEntries(
          chosen.map((c) => [c, texts.find((t) => t.channel === c)?.version ?? '']),
        ) as Partial<Record<ConsentChannel, string>>,
      });
      setOutcome('sent');
    } catch (error) {
      const field = error instanceof ApiError ? error.body?.fields?.[0]?.field : undefined;
      if (field === 'email') setProblems({ email: m.emailProblem });
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  const shown = (texts ?? []).filter((t) => chosen.includes(t.channel));

  return (
    <>
      <div className="page-intro">
        <PageTitle>{m.signupTitle}</PageTitle>
        <p className="lead">{m.signupIntro}</p>
      </div>
      <section className="card narrow" aria-label={m.signupTitle}>
        <Alert kind="info">{m.nothingSaved}</Alert>
        {outcome === 'sent' ? (
          <Alert kind="success">{m.sent}</Alert>
        ) : (
          <>
            {outcome ? (
              <Alert>
                <ErrorText error={outcome.error} />
              </Alert>
            ) : null}
            <form className="account-form signup-form" noValidate onSubmit={onSubmit}>
              <Field
                id="signup-email"
                label={m.email}
                type="email"
                inputMode="email"
                autoComplete="email"
                spellCheck={false}
                required
                value={email}
                error={problems.email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <Field
                id="signup-name"
                label={m.name}
                autoComplete="name"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
              <Field
                id="signup-company"
                label={m.company}
                autoComplete="organization"
                value={company}
                onChange={(e) => setCompany(e.target.value)}
              />
              <fieldset aria-describedby={problems.channels ? 'signup-channels-error' : 'signup-channels-hint'}>
                <legend>{m.channelsLegend}</legend>
                <p className="field-hint" id="signup-channels-hint">
                  {m.channelsHint}
                </p>
                {problems.channels ? (
                  <p className="field-error" id="signup-channels-error">
                    {problems.channels}
                  </p>
                ) : null}
                {consentChannels.map((c) => (
                  <label key={c} className="checkbox">
                    <input
                      type="checkbox"
                      name="channels"
                      value={c}
                      checked={chosen.includes(c)}
                      onChange={() => toggle(c)}
                    />
                    {m.channelNames[c]}
                  </label>
                ))}
              </fieldset>
              {shown.length ? (
                <section aria-labelledby="signup-text-heading">
                  <h2 id="signup-text-heading">{m.textHeading}</h2>
                  {shown.map((t) => (
                    <ConsentTextBlock key={t.version} text={t} />
                  ))}
                </section>
              ) : null}
              <button type="submit" className="button" disabled={busy || !texts}>
                {m.submit}
              </button>
            </form>
          </>
        )}
      </section>
    </>
  );
}
