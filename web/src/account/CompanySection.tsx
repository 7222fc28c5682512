import type { Me } from './accountApi.ts';
import { useAccountTexts } from './texts.ts';

export function CompanySection({ me }: { me: Me }) {
  const { a } = useAccountTexts();
  const c = me.company;
  return (
    <section className="card" aria-labelledby="account-company">
      <h2 id="account-company">{a.companyTitle}</h2>
      <dl className="facts">
        <dt>{a.companyName}</dt>
        <dd>{c.name}</dd>
        <dt>{a.orgNr}</dt>
        <dd>{c.orgNr.replace(/^(\d{6})(\d{4})$/, '$1-$2')}</dd>
        <dt>{a.legalForm}</dt>
        <dd>{c.legalForm}</dd>
        <dt>{a.address}</dt>
        <dd>
          {c.street}, {c.postalCode.replace(/^(\d{3})(\d{2})$/, '$1 $2')} {c.city}
        </dd>
      </dl>
      {me.contact.companyAdmin ? <p className="muted">{a.youAreAdmin}</p> : null}
    </section>
  );
}
