import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { invite, removeColleague, withdrawInvitation, type Me } from './accountApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { formatDate, useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { emailProblem } from './validation.ts';

type Props = { me: Me; onChanged(): void; onSessionEnded(): void };

/** The company's contacts; its administrator invites colleagues and removes them. */
export function ColleaguesSection({ me, onChanged, onSessionEnded }: Props) {
  const { a, lang } = useAccountTexts();
  const admin = me.contact.companyAdmin;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);

  async function run(action: () => Promise<unknown>, done: string) {
    setFailed(undefined);
    try {
      await action();
      setNotice(done);
      setConfirming(null);
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSessionEnded();
      else setFailed(err);
    }
  }

  return (
    <section className="card" aria-labelledby="account-colleagues">
      <h2 id="account-colleagues">{a.colleaguesTitle}</h2>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {me.colleagues.length === 0 ? <p className="muted">{a.colleaguesEmpty}</p> : null}
      <ul className="plain colleague-list">
        {me.colleagues.map((c) => (
          <li key={c.id} className="colleague">
            <span>
              <strong>{c.fullName}</strong> {c.companyAdmin ? <span className="badge">{a.admin}</span> : null}
              <br />
              <span className="muted">{c.email}</span>
            </span>
            {admin && confirming !== c.id ? (
              <button type="button" className="button button-secondary" onClick={() => setConfirming(c.id)}>
                {a.remove(c.fullName)}
              </button>
            ) : null}
            {admin && confirming === c.id ? (
              <div className="confirm" role="group" aria-label={a.remove(c.fullName)}>
                <p>{a.removeConfirm(c.fullName)}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => run(() => removeColleague(c.id), a.removed(c.fullName))}
                >
                  {a.remove(c.fullName)}
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                  ✕
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {admin ? (
        <>
          {me.invitations && me.invitations.length > 0 ? (
            <>
              <h3>{a.pendingTitle}</h3>
              <ul className="plain colleague-list">
                {me.invitations.map((i) => (
                  <li key={i.id} className="colleague">
                    <span>
                      {i.email} <span className="muted">({a.pendingUntil(formatDate(i.expiresAt, lang))})</span>
                    </span>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => run(() => withdrawInvitation(i.id), a.withdraw(i.email))}
                    >
                      {a.withdraw(i.email)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <InviteForm
            onInvited={(email) => {
              setNotice(a.invited(email));
              onChanged();
            }}
            onSessionEnded={onSessionEnded}
          />
        </>
      ) : (
        <p className="muted">{a.onlyAdmin}</p>
      )}
    </section>
  );
}

function InviteForm({ onInvited, onSessionEnded }: { onInvited(email: string): void; onSessionEnded(): void }) {
  const { a } = useAccountTexts();
  const form = useForm({ email: '' }, a);
  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const email = form.values.email.trim();
    const ok = await form.submit(
      (v) => ({ email: emailProblem(v.email, a) }),
      async () => {
        await invite(email);
      },
      (err: ApiError) => {
        if (err.status !== 401) return false;
        onSessionEnded();
        return true;
      },
    );
    if (ok) {
      form.setValues({ email: '' });
      onInvited(email);
    }
  }
  return (
    <>
      <h3>{a.inviteTitle}</h3>
      <p className="muted">{a.inviteIntro}</p>
      <FormProblem problem={form.problem} a={a} />
      <form noValidate onSubmit={onSubmit}>
        <Field
          id="invite-email"
          label={a.email}
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          required
          {...form.bind('email')}
        />
        <button type="submit" className="button" disabled={form.busy}>
          {a.inviteButton}
        </button>
      </form>
    </>
  );
}
