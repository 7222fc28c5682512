import { useState } from 'react';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { takeToken } from '../account/fragment.ts';
import { tokenProblem } from './ConfirmPage.tsx';
import { withdrawByToken } from './marketingApi.ts';
import { useMarketingTexts } from './texts.ts';

/** The one-click withdrawal link of every receipt mail (`/nyhetsbrev/aterkalla#token=…`). */
export function WithdrawPage() {
  const { m } = useMarketingTexts();
  const [token] = useState(takeToken);
  const [state, setState] = useState<'ready' | 'busy' | 'withdrawn' | 'invalid' | { error: unknown }>('ready');

  async function onWithdraw() {
    if (!token) return;
    setState('busy');
    try {
      await withdrawByToken(token);
      setState('withdrawn');
    } catch (error) {
      setState(tokenProblem(error) ? 'invalid' : { error });
    }
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{m.withdrawTitle}</PageTitle>
      </div>
      <section className="card narrow" aria-label={m.withdrawTitle}>
        {!token ? <Alert>{m.noToken}</Alert> : null}
        {token && (state === 'ready' || state === 'busy') ? (
          <>
            <p>{m.withdrawIntro}</p>
            <button type="button" className="button" disabled={state === 'busy'} onClick={() => void onWithdraw()}>
              {m.withdrawButton}
            </button>
          </>
        ) : null}
        {state === 'withdrawn' ? <Alert kind="success">{m.withdrawn}</Alert> : null}
        {state === 'invalid' ? <Alert>{m.linkInvalid}</Alert> : null}
        {typeof state === 'object' ? (
          <Alert>
            <ErrorText error={state.error} />
          </Alert>
        ) : null}
      </section>
    </>
  );
}
