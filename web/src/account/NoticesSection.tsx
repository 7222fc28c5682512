import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** GET /api/customers/me/notices (src/modules/orders/recalls.notices.routes.ts). */
type Notice = {
  id: string;
  kind: 'recall';
  createdAt: string;
  readAt: string | null;
  articleNumber: string;
  productSv: string;
  productEn: string;
  lotNumber: string;
  reasonSv: string;
  reasonEn: string;
  orderNumbers: string[];
  quantity: number;
  legalObligation: true;
};

const texts = {
  sv: {
    title: 'Meddelanden',
    intro:
      'Här visas återkallelser av produkter som ni har fått. Vi skickar dem för att uppfylla en rättslig förpliktelse om produktsäkerhet, inte som marknadsföring — därför kommer de även om du har tackat nej till marknadsföring.',
    loading: 'Hämtar …',
    none: 'Inga meddelanden.',
    failed: 'Kunde inte hämta meddelandena just nu.',
    recall: (product: string, lot: string) => `Återkallelse: ${product}, sats ${lot}`,
    article: 'Artikelnummer',
    received: (n: number, orders: string) => `Ni fick ${n} st ur satsen (order ${orders}).`,
    reason: 'Orsak',
    what: 'Sluta använda produkterna ur satsen och kontakta oss, så ordnar vi retur och ersättning.',
    unread: 'Nytt',
    markRead: 'Markera som läst',
    sent: 'Skickat',
  },
  en: {
    title: 'Notices',
    intro:
      'Recalls of products you have received are shown here. We send them to meet a legal obligation on product safety, not as marketing — so they come even if you have refused marketing.',
    loading: 'Loading …',
    none: 'No notices.',
    failed: 'Could not load the notices right now.',
    recall: (product: string, lot: string) => `Recall: ${product}, lot ${lot}`,
    article: 'Article number',
    received: (n: number, orders: string) => `You received ${n} units from the lot (order ${orders}).`,
    reason: 'Reason',
    what: 'Please stop using the products from the lot and contact us: we will arrange their return and replacement.',
    unread: 'New',
    markRead: 'Mark as read',
    sent: 'Sent',
  },
};

/** The account's notices: product recalls addressed to the signed-in contact person (§4g). */
export function NoticesSection() {
  const { lang } = useI18n();
  const t = texts[lang];
  const [items, setItems] = useState<Notice[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    api<{ items: Notice[] }>('GET', '/api/customers/me/notices', undefined, ctl.signal).then(
      (r) => setItems(r.items),
      () => !ctl.signal.aborted && setFailed(true),
    );
    return () => ctl.abort();
  }, []);

  async function markRead(id: string) {
    try {
      await api<void>('POST', `/api/customers/me/notices/${encodeURIComponent(id)}/read`);
      setItems((list) => list?.map((n) => (n.id === id ? { ...n, readAt: new Date().toISOString() } : n)) ?? null);
    } catch {
      setFailed(true);
    }
  }

  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium' });
  return (
    <section className="card" aria-labelledby="account-notices">
      <h2 id="account-notices">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {failed ? <p role="alert">{t.failed}</p> : null}
      {items === null && !failed ? <p className="muted">{t.loading}</p> : null}
      {items !== null && items.length === 0 ? <p>{t.none}</p> : null}
      {items !== null && items.length > 0 ? (
        <ul className="notices">
          {items.map((n) => (
            <li key={n.id} className="notice">
              <h3>
                {n.readAt === null ? <strong className="badge">{t.unread}</strong> : null}{' '}
                {t.recall(lang === 'sv' ? n.productSv : n.productEn, n.lotNumber)}
              </h3>
              <p className="muted">
                {t.sent} {when.format(new Date(n.createdAt))} · {t.article} {n.articleNumber}
              </p>
              <p>{t.received(n.quantity, n.orderNumbers.join(', '))}</p>
              <p>
                <strong>{t.reason}:</strong> {lang === 'sv' ? n.reasonSv : n.reasonEn}
              </p>
              <p>{t.what}</p>
              {n.readAt === null ? (
                <button type="button" className="button button-secondary" onClick={() => markRead(n.id)}>
                  {t.markRead}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
