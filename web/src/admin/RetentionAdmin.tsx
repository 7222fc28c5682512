import { useEffect, useState } from 'react';
import { isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { chartRules, getOverview, seesLegalHolds, seesRetention, type Overview } from './retention.ts';
import { LegalHolds } from './LegalHolds.tsx';
import { RetentionChart } from './RetentionChart.tsx';
import { RetentionPlan } from './RetentionPlan.tsx';
import { RetentionRuns } from './RetentionRuns.tsx';
import { retentionTexts } from './RetentionTexts.ts';

/** The month-by-month overview: what falls due in the coming year, what was removed in the past one. */
function RetentionOverview() {
  const { lang } = useI18n();
  const t = retentionTexts[lang];
  const [overview, setOverview] = useState<Overview | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);

  useEffect(() => {
    const ctrl = new AbortController();
    getOverview(ctrl.signal).then(setOverview, (error: unknown) => !isAbort(error) && setFailed(error));
    return () => ctrl.abort();
  }, []);

  const rules = overview ? chartRules(overview) : [];
  return (
    <section className="card" aria-labelledby="retention-overview-title">
      <h2 id="retention-overview-title">{t.overviewTitle}</h2>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : overview === null ? (
        <p className="muted">{t.loading}</p>
      ) : (
        <div className="charts">
          <RetentionChart id="retention-coming" caption={t.comingCaption} months={overview.coming} rules={rules} />
          <RetentionChart id="retention-past" caption={t.pastCaption} months={overview.past} rules={rules} />
        </div>
      )}
    </section>
  );
}

/**
 * The retention page: the privacy officer sees the overview, the plan, the proof of deletion and
 * the legal holds; finance only the legal holds (the server enforces the same split).
 */
export function RetentionAdmin({ roles }: { roles: string[] }) {
  const { lang } = useI18n();
  const t = retentionTexts[lang];
  const all = seesRetention(roles);
  if (!seesLegalHolds(roles)) return <Alert kind="info">{t.notForRole}</Alert>;
  return (
    <>
      <p className="lead">{all ? t.intro : t.holdsOnly}</p>
      {all ? <RetentionOverview /> : null}
      {all ? <RetentionPlan /> : null}
      {all ? <RetentionRuns /> : null}
      <LegalHolds />
    </>
  );
}
