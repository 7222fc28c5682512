import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { updateProfile, type Me } from './accountApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { phoneProblem, requiredText } from './validation.ts';

/** Rectification (art. 16): one's own name and phone number. */
export function ProfileSection({
  me,
  onSaved,
  onSessionEnded,
}: {
  me: Me;
  onSaved(me: Me): void;
  onSessionEnded(): void;
}) {
  const { a } = useAccountTexts();
  const form = useForm({ fullName: me.contact.fullName, phone: me.contact.phone ?? '' }, a);
  const [saved, setSaved] = useState(false);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    setSaved(false);
    const result: { me?: Me } = {};
    const ok = await form.submit(
      (v) => ({ fullName: requiredText(v.fullName, a), phone: phoneProblem(v.phone, a) }),
      async (v) => {
        result.me = await updateProfile({ fullName: v.fullName.trim(), phone: v.phone.trim() ? v.phone.trim() : null });
      },
      (err: ApiError) => {
        if (err.status !== 401) return false;
        onSessionEnded();
        return true;
      },
    );
    if (ok && result.me) {
      setSaved(true);
      onSaved(result.me);
    }
  }

  return (
    <section className="card" aria-labelledby="account-profile">
      <h2 id="account-profile">{a.profileTitle}</h2>
      {saved ? <Alert kind="success">{a.profileSaved}</Alert> : null}
      <FormProblem problem={form.problem} a={a} />
      <form noValidate onSubmit={onSubmit}>
        <Field
          type="text"
          id="profile-name"
          label={a.fullName}
          autoComplete="name"
          required
          {...form.bind('fullName')}
        />
        <Field
          id="profile-phone"
          label={a.phone}
          hint={a.phoneHint}
          type="tel"
          autoComplete="tel"
          {...form.bind('phone')}
        />
        <button type="submit" className="button" disabled={form.busy}>
          {a.saveProfile}
        </button>
      </form>
    </section>
  );
}
