import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { roleLabels } from '../i18n/messages.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { AccessLogReview } from './AccessLogReview.tsx';
import { BackOfficeNav, type AdminView } from './BackOfficeNav.tsx';
import { CustomerLookup } from './CustomerLookup.tsx';
import { FinanceAdmin } from './FinanceAdmin.tsx';
import { OrdersAdmin } from './OrdersAdmin.tsx';
import { RecallAdmin } from './RecallAdmin.tsx';
import { CatalogAdmin } from './CatalogAdmin.tsx';
import { RetentionAdmin } from './RetentionAdmin.tsx';
import { RequestsAdmin } from './RequestsAdmin.tsx';
import { RopaSection } from './RopaSection.tsx';
import { StaffAdmin } from './StaffAdmin.tsx';
import { signOut, type StaffMe } from './staff.ts';

export function Dashboard({
  me,
  view,
  requestId,
  onSignedOut,
}: {
  me: StaffMe;
  view: AdminView;
  requestId?: string | undefined;
  onSignedOut(): void;
}) {
  const { t, lang } = useI18n();
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function doSignOut() {
    setBusy(true);
    try {
      await signOut();
      onSignedOut();
    } catch (error) {
      setFailed(error);
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card session" aria-labelledby="session-title">
        <div>
          <h2 id="session-title" className="session-name">
            <span className="muted">{t.signedInAs}</span> {me.displayName}
          </h2>
          <h3 className="roles-title">{t.yourRoles}</h3>
          {me.roles.length ? (
            <ul className="roles">
              {me.roles.map((r) => (
                <li key={r} className="role">
                  {roleLabels[lang][r] ?? r}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.noRoles}</p>
          )}
        </div>
        <button type="button" className="button button-secondary" onClick={doSignOut} disabled={busy}>
          {t.signOut}
        </button>
      </section>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <BackOfficeNav roles={me.roles} />
      {view === 'retention' ? (
        <RetentionAdmin roles={me.roles} />
      ) : view === 'requests' ? (
        <RequestsAdmin roles={me.roles} requestId={requestId} />
      ) : (
        <Sections roles={me.roles} />
      )}
    </>
  );
}

/** The overview page (/admin): a section per role. */
function Sections({ roles }: { roles: string[] }) {
  return (
    <>
      <CustomerLookup />
      {roles.includes('order_administration') ? <OrdersAdmin /> : null}
      {roles.includes('order_administration') ? <RecallAdmin /> : null}
      {roles.includes('order_administration') ? <CatalogAdmin /> : null}
      {roles.includes('finance') ? <FinanceAdmin /> : null}
      {roles.some((r) => r === 'privacy_officer' || r === 'security') ? (
        <AccessLogReview maySign={roles.includes('privacy_officer')} />
      ) : null}
      {roles.includes('privacy_officer') ? <RopaSection /> : null}
      {roles.includes('system_administration') ? <StaffAdmin /> : null}
    </>
  );
}
