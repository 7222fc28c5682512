import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { roleLabels } from '../i18n/messages.ts';
import { ApiError, isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import {
  createStaff,
  disableStaff,
  listStaff,
  resetSecondFactor,
  setStaffRoles,
  staffTexts,
  type StaffRow,
} from './StaffTexts.ts';

const ROLE_IDS = Object.keys(roleLabels.sv);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function RoleChoices({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: string[];
  onChange(v: string[]): void;
  error?: string | undefined;
}) {
  const { lang } = useI18n();
  return (
    <fieldset className="role-choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {ROLE_IDS.map((r) => (
        <label key={r} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(r)}
            onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((v) => v !== r))}
          />{' '}
          {roleLabels[lang][r] ?? r}
        </label>
      ))}
    </fieldset>
  );
}

function StaffRowView({ row, onChanged }: { row: StaffRow; onChanged(): void }) {
  const { lang } = useI18n();
  const x = staffTexts[lang];
  const [roles, setRoles] = useState(row.roles);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function act(fn: () => Promise<void>) {
    setBusy(true);
    setFailed(undefined);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setFailed(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <th scope="row">{row.displayName}</th>
      <td>{row.email}</td>
      <td>
        {row.disabled ? (
          x.disabled
        ) : (
          <RoleChoices id={`roles-${row.id}`} legend={x.rolesFor(row.displayName)} value={roles} onChange={setRoles} />
        )}
      </td>
      <td>
        <ul className="plain">
          <li>{row.disabled ? x.disabled : x.active}</li>
          <li>{row.secondFactorEnrolled ? x.twoFactorOn : x.twoFactorOff}</li>
          {row.mustChangePassword ? <li>{x.mustChange}</li> : null}
        </ul>
      </td>
      <td>
        {failed !== undefined ? (
          <Alert>
            <ErrorText error={failed} />
          </Alert>
        ) : null}
        {row.disabled ? null : (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || roles.length === 0}
              onClick={() => act(() => setStaffRoles(row.id, roles))}
            >
              {x.saveRoles}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || !row.secondFactorEnrolled}
              onClick={() => window.confirm(x.confirmReset(row.displayName)) && act(() => resetSecondFactor(row.id))}
            >
              {x.reset2fa}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => window.confirm(x.confirmDisable(row.displayName)) && act(() => disableStaff(row.id))}
            >
              {x.disable}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

function CreateStaffForm({ onCreated }: { onCreated(): void }) {
  const { lang } = useI18n();
  const x = staffTexts[lang];
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ email?: string; displayName?: string; roles?: string }>({});
  const [failed, setFailed] = useState<unknown>(undefined);
  const [created, setCreated] = useState<{ email: string; oneTimePassword: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const e = {
      email: EMAIL.test(email.trim()) ? undefined : x.emailInvalid,
      displayName: displayName.trim() ? undefined : x.nameRequired,
      roles: roles.length ? undefined : x.rolesRequired,
    };
    setErrors(e);
    setFailed(undefined);
    if (e.email || e.displayName || e.roles) return;
    setBusy(true);
    try {
      const res = await createStaff({ email: email.trim(), displayName: displayName.trim(), roles });
      setCreated(res);
      setEmail('');
      setDisplayName('');
      setRoles([]);
      onCreated();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.body?.fields?.length)
        setErrors({ email: err.body.fields.find((f) => f.field === 'body.email')?.message });
      else setFailed(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="staff-create-title">
      <h3 id="staff-create-title">{x.createTitle}</h3>
      {created ? (
        <Alert kind="success">
          {x.created(created.email)} <code id="staff-one-time-password">{created.oneTimePassword}</code> {x.createdNext}
        </Alert>
      ) : null}
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <Field
        id="staff-email"
        label={x.email}
        type="email"
        autoComplete="off"
        value={email}
        error={errors.email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <Field
        id="staff-name"
        label={x.name}
        autoComplete="off"
        value={displayName}
        error={errors.displayName}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <RoleChoices id="staff-roles" legend={x.roles} value={roles} onChange={setRoles} error={errors.roles} />
      <button type="submit" className="button" disabled={busy}>
        {x.create}
      </button>
    </form>
  );
}

/** Staff and role management: only shown to (and only allowed for) system administrators. */
export function StaffAdmin() {
  const { lang } = useI18n();
  const x = staffTexts[lang];
  const [rows, setRows] = useState<StaffRow[] | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    listStaff(ctrl.signal).then(
      (res) => setRows(res.items),
      (err: unknown) => {
        if (!isAbort(err)) setFailed(err);
      },
    );
    return () => ctrl.abort();
  }, [version]);

  const reload = () => setVersion((v) => v + 1);
  return (
    <section className="card" aria-labelledby="staff-admin-title">
      <h2 id="staff-admin-title">{x.title}</h2>
      <p>{x.intro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {rows ? (
        <div className="table-scroll">
          <table className="ropa-table">
            <caption>{x.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{x.name}</th>
                <th scope="col">{x.email}</th>
                <th scope="col">{x.roles}</th>
                <th scope="col">{x.status}</th>
                <th scope="col">{x.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <StaffRowView key={`${r.id}-${r.roles.join()}-${String(r.disabled)}`} row={r} onChanged={reload} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <CreateStaffForm onCreated={reload} />
    </section>
  );
}
