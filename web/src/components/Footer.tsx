import { useI18n } from '../i18n/i18n.tsx';
import { privacyPolicyHref } from '../i18n/messages.ts';
import { company } from '../company.ts';
import { Link } from '../router.tsx';

export function Footer() {
  const { t, lang } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t.footerContact}</h2>
          <address>
            <strong>{company.legalName}</strong>
            <br />
            {company.street}
            <br />
            {company.postalCode} {company.city}
            <br />
            {t.footerOrgNr} {company.orgNr}
          </address>
        </section>
        <section aria-labelledby="footer-service">
          <h2 id="footer-service">{t.footerCustomerService}</h2>
          <ul className="plain">
            <li>
              <a href={company.phoneHref}>{company.phone}</a>
            </li>
            <li>
              <a href={`mailto:${company.email}`}>{company.email}</a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-privacy">
          <h2 id="footer-privacy">{t.footerPrivacy}</h2>
          <p>
            <a href={privacyPolicyHref[lang]}>{t.footerPrivacyText}</a>
          </p>
          <p>
            <Link to="/nyhetsbrev">{t.footerNewsletter}</Link>
          </p>
        </section>
      </div>
    </footer>
  );
}
