import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../router.tsx';
import { RequestDetails } from './RequestDetails.tsx';
import { RequestLetterForm } from './RequestLetterForm.tsx';
import { RequestQueue } from './RequestQueue.tsx';
import { requestPath } from './requests.ts';
import { requestsTexts } from './RequestsTexts.ts';

export const seesRequests = (roles: string[]) => roles.includes('privacy_officer');

/** The privacy officer's requests page: the queue and a new letter, or one request. */
export function RequestsAdmin({ roles, requestId }: { roles: string[]; requestId?: string | undefined }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const [reload, setReload] = useState(0);
  if (!seesRequests(roles)) return <Alert kind="info">{t.notForRole}</Alert>;
  if (requestId)
    return (
      <>
        <p>
          <Link to={requestPath()}>{t.back}</Link>
        </p>
        <RequestDetails id={requestId} />
      </>
    );
  return (
    <>
      <p className="lead">{t.intro}</p>
      <RequestQueue reload={reload} />
      <RequestLetterForm onRegistered={() => setReload((n) => n + 1)} />
    </>
  );
}
