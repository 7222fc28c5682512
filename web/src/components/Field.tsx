import { forwardRef, type InputHTMLAttributes } from 'react';

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Ids of messages elsewhere (a form-level error) that also describe this field. */
  alsoDescribedBy?: string | undefined;
};

/**
 * A labelled input whose hint and error are tied to it with aria-describedby; the error is also
 * marked aria-invalid so screen readers announce it with the field.
 */
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field(
  { id, label, hint, error, alsoDescribedBy, ...input },
  ref,
) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, alsoDescribedBy, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        ref={ref}
        id={id}
        aria-invalid={error || alsoDescribedBy ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    </div>
  );
});
