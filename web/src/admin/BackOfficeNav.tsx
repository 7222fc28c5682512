import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { seesLegalHolds } from './retention.ts';
import { requestPath } from './requests.ts';

/** The back office's pages: /admin and the pages of their own. */
export type AdminView = 'overview' | 'retention' | 'requests';

/** Links to the back-office pages this staff member's roles open; nothing when there is only one. */
export function BackOfficeNav({ roles }: { roles: string[] }) {
  const { t } = useI18n();
  const pages = [
    { to: '/admin', label: t.adminNavOverview },
    ...(seesLegalHolds(roles) ? [{ to: '/admin/gallring', label: t.adminNavRetention }] : []),
    ...(roles.includes('privacy_officer') ? [{ to: requestPath(), label: t.adminNavRequests }] : []),
  ];
  if (pages.length < 2) return null;
  return (
    <nav aria-label={t.adminNavLabel} className="admin-nav">
      <ul>
        {pages.map((p) => (
          <li key={p.to}>
            <Link to={p.to}>{p.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
