import { Field } from '../components/Field.tsx';
import type { AccountTexts } from './texts.ts';
import type { BoundField } from './useForm.ts';

/** A new password and its confirmation, with the policy hint; `idPrefix` keeps ids unique per page. */
export function NewPasswordFields(props: {
  idPrefix: string;
  a: AccountTexts;
  label?: string;
  password: BoundField;
  confirm: BoundField;
}) {
  const { idPrefix, a } = props;
  return (
    <>
      <Field
        id={`${idPrefix}-password`}
        label={props.label ?? a.password}
        hint={a.passwordHint}
        type="password"
        autoComplete="new-password"
        required
        {...props.password}
      />
      <Field
        id={`${idPrefix}-confirm`}
        label={a.confirmPassword}
        type="password"
        autoComplete="new-password"
        required
        {...props.confirm}
      />
    </>
  );
}
