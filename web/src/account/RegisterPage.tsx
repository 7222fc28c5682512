import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { privacyPolicyHref } from '../i18n/messages.ts';
import { register } from './accountApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import {
  emailProblem,
  newPasswordProblem,
  orgNrProblem,
  phoneProblem,
  postalCodeProblem,
  requiredText,
} from './validation.ts';

const initial = {
  orgNr: '',
  companyName: '',
  street: '',
  postalCode: '',
  city: '',
  fullName: '',
  email: '',
  phone: '',
  password: '',
  confirm: '',
};

/** Registration of a company and its first contact (the company administrator). */
export function RegisterPage() {
  const { a, lang } = useAccountTexts();
  const form = useForm(initial, a, { 'body.company.name': 'companyName' });
  const [done, setDone] = useState(false);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const ok = await form.submit(
      (v) => ({
        orgNr: orgNrProblem(v.orgNr, a),
        companyName: requiredText(v.companyName, a),
        street: requiredText(v.street, a),
        postalCode: postalCodeProblem(v.postalCode, a),
        city: requiredText(v.city, a),
        fullName: requiredText(v.fullName, a),
        email: emailProblem(v.email, a),
        phone: phoneProblem(v.phone, a),
        password: newPasswordProblem(v.password, a),
        confirm: v.confirm === v.password ? undefined : a.passwordMismatch,
      }),
      async (v) => {
        await register({
          company: {
            orgNr: v.orgNr.trim(),
            name: v.companyName,
            street: v.street,
            postalCode: v.postalCode,
            city: v.city,
          },
          contact: {
            fullName: v.fullName,
            email: v.email.trim(),
            password: v.password,
            ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
          },
        });
      },
    );
    if (ok) setDone(true);
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.registerTitle}</PageTitle>
        <p className="lead">{a.registerIntro}</p>
      </div>
      {done ? (
        <Alert kind="success">{a.registerDone}</Alert>
      ) : (
        <section className="card account-form" aria-label={a.registerTitle}>
          <FormProblem problem={form.problem} a={a} />
          <form noValidate onSubmit={onSubmit}>
            <fieldset>
              <legend>{a.companyLegend}</legend>
              <Field
                type="text"
                id="reg-orgnr"
                label={a.orgNr}
                hint={a.orgNrHint}
                inputMode="numeric"
                autoComplete="off"
                required
                {...form.bind('orgNr')}
              />
              <Field
                type="text"
                id="reg-company"
                label={a.companyName}
                autoComplete="organization"
                required
                {...form.bind('companyName')}
              />
              <Field
                type="text"
                id="reg-street"
                label={a.street}
                autoComplete="street-address"
                required
                {...form.bind('street')}
              />
              <div className="field-row">
                <Field
                  type="text"
                  id="reg-postal"
                  label={a.postalCode}
                  inputMode="numeric"
                  autoComplete="postal-code"
                  required
                  {...form.bind('postalCode')}
                />
                <Field
                  type="text"
                  id="reg-city"
                  label={a.city}
                  autoComplete="address-level2"
                  required
                  {...form.bind('city')}
                />
              </div>
            </fieldset>
            <fieldset>
              <legend>{a.contactLegend}</legend>
              <Field
                type="text"
                id="reg-name"
                label={a.fullName}
                autoComplete="name"
                required
                {...form.bind('fullName')}
              />
              <Field
                id="reg-email"
                label={a.email}
                type="email"
                inputMode="email"
                autoComplete="email"
                spellCheck={false}
                required
                {...form.bind('email')}
              />
              <Field
                id="reg-phone"
                label={a.phone}
                hint={a.phoneHint}
                type="tel"
                autoComplete="tel"
                {...form.bind('phone')}
              />
              <NewPasswordFields idPrefix="reg" a={a} password={form.bind('password')} confirm={form.bind('confirm')} />
            </fieldset>
            <p className="muted">
              {a.registerPrivacy} <a href={privacyPolicyHref[lang]}>{a.privacyLink}</a>
            </p>
            <button type="submit" className="button" disabled={form.busy}>
              {a.registerButton}
            </button>
          </form>
        </section>
      )}
      <p>
        {a.haveAccount} <Link to="/konto/logga-in">{a.signInButton}</Link>
      </p>
    </>
  );
}
