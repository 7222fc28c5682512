import { useI18n } from '../i18n/i18n.tsx';
import { privacyPolicyHref } from '../i18n/messages.ts';
import { company } from '../company.ts';
import { Link } from '../router.tsx';
import { useCart } from '../shop/cart.ts';

export function Header() {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'sv' ? 'en' : 'sv';
  const units = useCart().reduce((n, l) => n + l.quantity, 0);
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            +
          </span>
          <span className="brand-text">
            <span className="brand-name">{company.shortName}</span>
            <span className="brand-tagline">{t.tagline}</span>
          </span>
        </Link>
        <nav aria-label={t.navLabel} className="main-nav">
          <ul>
            <li>
              <Link to="/">{t.navCatalog}</Link>
            </li>
            <li>
              <a href={privacyPolicyHref[lang]}>{t.navPrivacy}</a>
            </li>
            <li>
              <Link to="/varukorg">
                {t.navCart}
                {units > 0 ? <span className="cart-count"> ({units})</span> : null}
              </Link>
            </li>
            <li>
              <Link to="/konto">{t.navAccount}</Link>
            </li>
            <li>
              <Link to="/admin">{t.navAdmin}</Link>
            </li>
          </ul>
        </nav>
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t.switchLanguageLabel}
          onClick={() => setLang(other)}
        >
          {t.switchLanguage}
        </button>
      </div>
    </header>
  );
}
