import { useI18n } from '../i18n/i18n.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page-intro">
      <PageTitle>{t.notFoundTitle}</PageTitle>
      <p className="lead">{t.notFoundText}</p>
      <p>
        <Link to="/" className="button">
          {t.notFoundBack}
        </Link>
      </p>
    </div>
  );
}
