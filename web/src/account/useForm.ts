import { useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '../api.ts';
import { serverFieldText } from './validation.ts';
import type { AccountTexts } from './texts.ts';

export type FormProblem = { kind: 'fields' } | { kind: 'message'; text: string } | { kind: 'failed'; error: unknown };

/** Server field names (`body.company.orgNr`) to the form's names, when they differ from the last segment. */
export type FieldMap<K extends string> = Partial<Record<string, K>>;

/** What `bind(name)` spreads onto a `<Field>`. */
export type BoundField = {
  name: string;
  value: string;
  error: string | undefined;
  ref: (el: HTMLInputElement | null) => void;
  onChange: (ev: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * A form's values and errors, with what every account form does the same way: check in the
 * browser first, then send; a 400 puts the server's field errors on the fields; focus moves to
 * the first field in error; a 429 or another failure becomes a message above the form.
 */
export function useForm<K extends string>(
  initial: Record<K, string>,
  a: AccountTexts,
  fieldMap: FieldMap<NoInfer<K>> = {},
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<K, HTMLInputElement | null>>>({});
  const order = Object.keys(initial) as K[];

  function focusFirst(e: Partial<Record<K, string>>) {
    const first = order.find((k) => e[k]);
    if (first) refs.current[first]?.focus();
  }

  function bind(name: K): BoundField {
    return {
      name,
      value: values[name],
      error: errors[name],
      ref: (el: HTMLInputElement | null) => {
        refs.current[name] = el;
      },
      onChange: (ev: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: ev.target.value })),
    };
  }

  /** Runs `action` when `check` finds nothing; returns whether it succeeded. */
  async function submit(
    check: (v: Record<K, string>) => Partial<Record<K, string | undefined>>,
    action: (v: Record<K, string>) => Promise<void>,
    onApiError?: (err: ApiError) => boolean,
  ): Promise<boolean> {
    const local = Object.fromEntries(Object.entries(check(values)).filter(([, m]) => m)) as Partial<Record<K, string>>;
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setProblem({ kind: 'fields' });
      focusFirst(local);
      return false;
    }
    setProblem(null);
    setBusy(true);
    try {
      await action(values);
      return true;
    } catch (err) {
      if (err instanceof ApiError && onApiError?.(err)) return false;
      if (err instanceof ApiError && err.status === 400 && err.body?.fields?.length) {
        const server: Partial<Record<K, string>> = {};
        for (const f of err.body.fields) {
          const name = (fieldMap[f.field] ?? f.field.split('.').pop()) as K;
          if (order.includes(name)) server[name] ??= serverFieldText(f.field, f.message, a);
        }
        if (Object.keys(server).length > 0) {
          setErrors(server);
          setProblem({ kind: 'fields' });
          focusFirst(server);
          return false;
        }
      }
      if (err instanceof ApiError && err.status === 429) setProblem({ kind: 'message', text: a.tooMany });
      else setProblem({ kind: 'failed', error: err });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { values, setValues, errors, setErrors, problem, setProblem, busy, bind, submit };
}
