import type { ReactNode } from 'react';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { usePath } from './router.tsx';
import { Header } from './components/Header.tsx';
import { Footer } from './components/Footer.tsx';
import { StorefrontPage } from './pages/StorefrontPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ProductPage } from './pages/ProductPage.tsx';
import { AdminPage } from './admin/AdminPage.tsx';
import { accountRoute } from './account/routes.tsx';
import { shopRoute } from './shop/routes.tsx';
import { marketingRoute } from './marketing/routes.tsx';

/** Client routes. Everything else the server renders itself (policy pages, API). */
function route(path: string): ReactNode {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
  switch (p) {
    case '/':
      return <StorefrontPage />;
    case '/admin':
      return <AdminPage />;
    case '/admin/gallring':
      return <AdminPage view="retention" />;
    case '/admin/registerforfragningar':
      return <AdminPage view="requests" />;
    default:
      if (p.startsWith('/admin/registerforfragningar/'))
        return <AdminPage view="requests" requestId={decodeURIComponent(p.slice(29))} />;
      if (p.startsWith('/produkter/')) return <ProductPage articleNumber={decodeURIComponent(p.slice(11))} />;
      return shopRoute(p) ?? accountRoute(p) ?? marketingRoute(p) ?? <NotFoundPage />;
  }
}

function Shell() {
  const { t } = useI18n();
  const path = usePath();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="container">
        {route(path)}
      </main>
      <Footer />
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
