import type { Session } from './card.store.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const kronor = (ore: number, currency: string) =>
  `${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100)} ${currency.toUpperCase()}`;

/** The page's only styles, sent as a stylesheet of its own (the page's CSP allows no inline style). */
export const PAGE_CSS = `body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}.amount{font-size:1.6rem;font-weight:600}label{display:block;margin-top:1rem;font-weight:600}
input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #767676;border-radius:4px}
.row{display:flex;gap:1rem}.row>div{flex:1}button{margin-top:1.5rem;font:inherit;font-weight:600;padding:.7rem 1.2rem;
background:#0b5cad;color:#fff;border:0;border-radius:4px;width:100%}.error{color:#a00000;border:1px solid #a00000;
padding:.6rem;border-radius:4px}.note{color:#444;font-size:.9rem}.test{background:#fff4ce;padding:.5rem;border-radius:4px}`;

/** The security headers of the hosted page: no scripts at all, the form posts only to itself. */
export const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

function layout(title: string, body: string) {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><link rel="stylesheet" href="/pay/page.css"></head><body><main>${body}</main></body></html>`;
}

/** The hosted payment page: amount, what it is for, card fields; a decline's message when there was one. */
export function paymentPage(s: Session, error?: { sv: string; en: string }) {
  const errorBox = error
    ? `<p class="error" role="alert">${esc(error.sv)} <span lang="en">${esc(error.en)}</span></p>`
    : '';
  const cancel = s.cancel_url
    ? `<p><a href="${esc(s.cancel_url)}">Avbryt och gå tillbaka / Cancel and go back</a></p>`
    : '';
  return layout(
    'Betala med kort / Pay by card',
    `<h1>Betala med kort <span lang="en">/ Pay by card</span></h1>
<p>${esc(s.line_name)}</p><p class="amount">${esc(kronor(s.amount_total, s.currency))}</p>
<p class="test">Lokal testleverantör: betala med 4242 4242 4242 4242 (godkänns) eller 4000 0000 0000 0002 (nekas).
<span lang="en">Local test provider: pay with 4242 4242 4242 4242 (succeeds) or 4000 0000 0000 0002 (declined).</span></p>
${errorBox}
<form method="post" action="/pay/${esc(s.id)}" autocomplete="off">
<label for="cardnumber">Kortnummer <span lang="en">/ Card number</span></label>
<input id="cardnumber" name="cardnumber" inputmode="numeric" autocomplete="cc-number" required>
<div class="row"><div><label for="exp">Giltigt till (MM/ÅÅ) <span lang="en">/ Expiry</span></label>
<input id="exp" name="exp" autocomplete="cc-exp" required placeholder="12/34"></div>
<div><label for="cvc">CVC</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required></div></div>
<button type="submit">Betala ${esc(kronor(s.amount_total, s.currency))} <span lang="en">/ Pay</span></button>
</form>${cancel}`,
  );
}

/** A session that can no longer be paid. */
export function closedPage(s: Session) {
  const paid = s.status === 'complete';
  return layout(
    paid ? 'Betald / Paid' : 'Betalningen har gått ut / Payment expired',
    paid
      ? `<h1>Redan betald <span lang="en">/ Already paid</span></h1><p><a href="${esc(s.success_url.replaceAll('{CHECKOUT_SESSION_ID}', s.id))}">Tillbaka till butiken / Back to the shop</a></p>`
      : `<h1>Betalningen har gått ut <span lang="en">/ This payment has expired</span></h1>${s.cancel_url ? `<p><a href="${esc(s.cancel_url)}">Tillbaka till butiken / Back to the shop</a></p>` : ''}`,
  );
}
