import { forwardRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { customerTexts } from './CustomerTexts.ts';

/** What GET /api/staff/customers/contacts/:id returns: personal fields only when the purpose allows. */
export type Customer = {
  contact: {
    id: string;
    companyId: string;
    fullName?: string;
    email?: string;
    phone?: string | null;
    companyAdmin: boolean;
    emailVerifiedAt: string | null;
  };
  company: {
    id: string;
    orgNr?: string;
    name?: string;
    legalForm?: string;
    street?: string;
    postalCode?: string;
    city?: string;
  };
};

/** One contact person and their company: only what came back, and for which purpose. */
export const CustomerDetails = forwardRef<HTMLElement, { customer: Customer; purposeTitle: string }>(
  function CustomerDetails({ customer, purposeTitle }, ref) {
    const { lang } = useI18n();
    const t = customerTexts[lang];
    const { contact, company } = customer;
    const address = [company.street, [company.postalCode, company.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    const rows: [string, string | undefined | null][] = [
      [t.name, contact.fullName],
      [t.email, contact.email],
      [t.phone, contact.phone],
      [t.company, company.name],
      [t.orgNr, company.orgNr],
      [t.legalForm, company.legalForm],
      [t.address, address || undefined],
      [t.companyAdmin, contact.companyAdmin ? t.yes : t.no],
      [t.verified, contact.emailVerifiedAt ? t.yes : t.notVerified],
    ];
    return (
      <section className="card" aria-labelledby="customer-details-title" tabIndex={-1} ref={ref}>
        <h3 id="customer-details-title">
          {t.detailsTitle}: {contact.fullName ?? contact.email ?? contact.id}
        </h3>
        <p>
          <strong>{t.usedFor(purposeTitle)}</strong>
        </p>
        <dl className="facts">
          {rows
            .filter(([, v]) => v !== undefined && v !== null)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
        <p className="muted">{t.onlyReturned}</p>
      </section>
    );
  },
);
