import type { AddressInfo } from 'node:net';
import fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { outcomeOf } from './card.cards.ts';
import { decodeForm, listOf, str, type Decoded } from './card.form.ts';
import { closedPage, PAGE_CSS, PAGE_HEADERS, paymentPage } from './card.page.ts';
import { createStore, intentView, newId, sessionView, type Session, type Store } from './card.store.ts';
import { createWebhookSender, type WebhookSender, type WebhookTarget } from './card.webhooks.ts';

export type LocalCardProviderOptions = {
  /** The secret key clients must send (`Authorization: Bearer <key>`, or as Basic user name). */
  apiKey: string;
  webhook: WebhookTarget;
  now?: () => Date;
  retryDelaysMs?: number[];
  /** How often open sessions past `expires_at` are expired (and `checkout.session.expired` sent). */
  sweepMs?: number;
};

export type LocalCardProvider = {
  store: Store;
  sender: WebhookSender;
  target: WebhookTarget;
  now: () => Date;
};

type Form = { raw: string; form: Decoded };
const apiError = (reply: FastifyReply, status: number, type: string, message: string, code?: string, param?: string) =>
  reply.code(status).send({ error: { type, message, ...(code ? { code } : {}), ...(param ? { param } : {}) } });
const queryOf = (req: FastifyRequest) => decodeForm(req.url.split('?')[1] ?? '');
const expandOf = (d: Decoded) => listOf(d.expand).filter((x): x is string => typeof x === 'string');
const unix = (d: Date) => Math.floor(d.getTime() / 1000);

/** Validates `POST /v1/checkout/sessions` as Stripe would for the parameters this stand-in knows. */
function sessionParams(
  f: Decoded,
  now: number,
): { error: [string, string] } | { session: Omit<Session, 'id' | 'url'> } {
  if (str(f.mode) !== 'payment') return { error: ['mode', 'Only mode=payment is supported here.'] };
  const success = str(f.success_url);
  if (!success || !URL.canParse(success)) return { error: ['success_url', 'Not a valid URL'] };
  const cancel = str(f.cancel_url);
  if (cancel !== undefined && !URL.canParse(cancel)) return { error: ['cancel_url', 'Not a valid URL'] };
  const items = listOf(f.line_items);
  if (items.length === 0) return { error: ['line_items', 'Missing required param: line_items.'] };
  let total = 0;
  let currency: string | undefined;
  const names: string[] = [];
  for (const [i, item] of items.entries()) {
    if (typeof item === 'string') return { error: [`line_items[${i}]`, 'Invalid object'] };
    const pd = item.price_data;
    const qty = Number(str(item.quantity));
    const amount = typeof pd === 'object' ? Number(str(pd.unit_amount)) : NaN;
    const cur = typeof pd === 'object' ? str(pd.currency)?.toLowerCase() : undefined;
    const name = typeof pd === 'object' && typeof pd.product_data === 'object' ? str(pd.product_data.name) : undefined;
    if (!Number.isSafeInteger(qty) || qty < 1) return { error: [`line_items[${i}][quantity]`, 'Invalid integer'] };
    if (!Number.isSafeInteger(amount) || amount < 0)
      return { error: [`line_items[${i}][price_data][unit_amount]`, 'Invalid integer'] };
    if (!cur || (currency && cur !== currency))
      return { error: [`line_items[${i}][price_data][currency]`, 'All line items must share one currency'] };
    if (!name) return { error: [`line_items[${i}][price_data][product_data][name]`, 'Missing required param'] };
    currency = cur;
    total += qty * amount;
    names.push(name);
  }
  const expiresAt = str(f.expires_at) ? Number(str(f.expires_at)) : now + 24 * 3600;
  if (!Number.isSafeInteger(expiresAt) || expiresAt < now + 1800 || expiresAt > now + 24 * 3600) {
    return { error: ['expires_at', 'The `expires_at` timestamp must be between 30 minutes and 24 hours from now.'] };
  }
  const meta = (v: Decoded | string | undefined) =>
    Object.fromEntries(
      Object.entries(typeof v === 'object' ? v : {}).filter(([, x]) => typeof x === 'string'),
    ) as Record<string, string>;
  const pid = f.payment_intent_data;
  return {
    session: {
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: total,
      currency: currency!,
      client_reference_id: str(f.client_reference_id) ?? null,
      success_url: success,
      cancel_url: cancel ?? null,
      expires_at: expiresAt,
      created: now,
      livemode: false,
      mode: 'payment',
      locale: str(f.locale) ?? 'auto',
      metadata: meta(f.metadata),
      payment_intent: null,
      line_name: names.join(', '),
      pi_metadata: meta(typeof pid === 'object' ? pid.metadata : undefined),
    },
  };
}

/**
 * A local stand-in for Stripe's Checkout (the API subset the platform's adapter uses): sessions,
 * a hosted payment page that takes Stripe's test card numbers, and signed webhooks with retries.
 * It keeps no card number: only the brand and last four digits of a charge, as Stripe returns them.
 */
export async function localCardProviderPlugin(
  app: FastifyInstance,
  opts: { provider: LocalCardProvider; apiKey: string },
) {
  const { store, sender, now } = opts.provider;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, { raw: body as string, form: decodeForm(body as string) } satisfies Form),
  );

  const authorized = (req: FastifyRequest, reply: FastifyReply) => {
    const auth = req.headers.authorization ?? '';
    const basic = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString().split(':')[0] : null;
    if (auth === `Bearer ${opts.apiKey}` || basic === opts.apiKey) return true;
    void apiError(reply, 401, 'invalid_request_error', 'Invalid API Key provided.');
    return false;
  };
  /** A session by id; one past its `expires_at` is expired first (and its event sent) before it is used. */
  const session = async (id: string) => {
    const s = store.sessions.get(id);
    if (s && s.status === 'open' && s.expires_at <= unix(now())) await expire(s);
    return s;
  };
  async function expire(s: Session) {
    s.status = 'expired';
    await sender.send('checkout.session.expired', sessionView(store, s, []));
  }

  app.post('/v1/checkout/sessions', async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const body = (req.body as Form | undefined) ?? { raw: '', form: {} };
    const key = req.headers['idempotency-key'];
    const seen = typeof key === 'string' ? store.idempotency.get(key) : undefined;
    if (seen) {
      if (seen.body !== body.raw) {
        return apiError(
          reply,
          400,
          'idempotency_error',
          'Keys for idempotent requests can only be used with the same parameters they were first used with.',
        );
      }
      return sessionView(store, store.sessions.get(seen.sessionId)!, []);
    }
    const p = sessionParams(body.form, unix(now()));
    if ('error' in p) return apiError(reply, 400, 'invalid_request_error', p.error[1], 'parameter_invalid', p.error[0]);
    const id = newId('cs_test');
    const s: Session = { ...p.session, id, url: `${req.protocol}://${req.host}/pay/${id}` };
    store.sessions.set(id, s);
    if (typeof key === 'string') store.idempotency.set(key, { body: body.raw, sessionId: id });
    return sessionView(store, s, []);
  });

  app.get('/v1/checkout/sessions/:id', async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const s = await session((req.params as { id: string }).id);
    if (!s) return apiError(reply, 404, 'invalid_request_error', 'No such checkout.session', 'resource_missing', 'id');
    return sessionView(store, s, expandOf(queryOf(req)));
  });

  app.post('/v1/checkout/sessions/:id/expire', async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const s = await session((req.params as { id: string }).id);
    if (!s) return apiError(reply, 404, 'invalid_request_error', 'No such checkout.session', 'resource_missing', 'id');
    if (s.status !== 'open') {
      return apiError(
        reply,
        400,
        'invalid_request_error',
        `Only Checkout Sessions with a status of open can be expired; this one is ${s.status}.`,
      );
    }
    await expire(s);
    return sessionView(store, s, []);
  });

  app.get('/v1/payment_intents/:id', async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const pi = store.intents.get((req.params as { id: string }).id);
    if (!pi) return apiError(reply, 404, 'invalid_request_error', 'No such payment_intent', 'resource_missing', 'id');
    return intentView(store, pi, expandOf(queryOf(req)));
  });

  // The hosted payment page (what the customer's browser sees): no API key, the session id is the secret.
  app.get('/pay/page.css', async (_req, reply) =>
    reply.type('text/css').header('cache-control', 'max-age=3600').send(PAGE_CSS),
  );

  app.get('/pay/:id', async (req, reply) => {
    const s = await session((req.params as { id: string }).id);
    reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8');
    if (!s)
      return reply.code(404).send('<!doctype html><title>404</title><p>Ingen sådan betalning / No such payment</p>');
    return s.status === 'open' ? paymentPage(s) : closedPage(s);
  });

  app.post('/pay/:id', async (req, reply) => {
    const s = await session((req.params as { id: string }).id);
    reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8');
    if (!s)
      return reply.code(404).send('<!doctype html><title>404</title><p>Ingen sådan betalning / No such payment</p>');
    if (s.status !== 'open') return reply.code(409).send(closedPage(s));
    const form = (req.body as Form | undefined)?.form ?? {};
    if (!/^\d{2}\s*\/\s*\d{2}$/.test(str(form.exp) ?? '') || !/^\d{3,4}$/.test(str(form.cvc) ?? '')) {
      return reply
        .code(400)
        .send(
          paymentPage(s, { sv: 'Fyll i giltighetstid (MM/ÅÅ) och CVC.', en: 'Enter the expiry date (MM/YY) and CVC.' }),
        );
    }
    const outcome = outcomeOf(str(form.cardnumber) ?? '');
    let pi = s.payment_intent ? store.intents.get(s.payment_intent)! : undefined;
    if (!pi) {
      pi = {
        id: newId('pi'),
        object: 'payment_intent',
        amount: s.amount_total,
        currency: s.currency,
        status: 'requires_payment_method',
        metadata: s.pi_metadata,
        latest_charge: null,
        last_payment_error: null,
        created: unix(now()),
      };
      store.intents.set(pi.id, pi);
      s.payment_intent = pi.id;
    }
    if (!outcome.ok) {
      pi.status = 'requires_payment_method';
      pi.last_payment_error = {
        type: 'card_error',
        code: outcome.code,
        decline_code: outcome.declineCode,
        message: outcome.message.en,
      };
      await sender.send('payment_intent.payment_failed', intentView(store, pi, []));
      return reply.code(402).send(paymentPage(s, outcome.message));
    }
    const charge = {
      id: newId('ch'),
      object: 'charge' as const,
      amount: pi.amount,
      currency: pi.currency,
      paid: true,
      status: 'succeeded' as const,
      payment_method_details: { type: 'card' as const, card: { brand: outcome.brand, last4: outcome.last4 } },
    };
    store.charges.set(charge.id, charge);
    Object.assign(pi, { status: 'succeeded', latest_charge: charge.id, last_payment_error: null });
    Object.assign(s, { status: 'complete', payment_status: 'paid' });
    // The first delivery is awaited, so the shop usually knows before the browser arrives back.
    await sender.send('checkout.session.completed', sessionView(store, s, []));
    return reply.code(303).header('location', s.success_url.replaceAll('{CHECKOUT_SESSION_ID}', s.id)).send();
  });
}

/** The provider's state: its objects, the webhook target and sender, its clock. */
export function createLocalCardProvider(opts: LocalCardProviderOptions): LocalCardProvider {
  const now = opts.now ?? (() => new Date());
  const target = opts.webhook;
  const sender = createWebhookSender({
    target,
    now,
    ...(opts.retryDelaysMs ? { retryDelaysMs: opts.retryDelaysMs } : {}),
  });
  return { store: createStore(), sender, target, now };
}

/** Starts the local card provider on its own port (0: any free one). */
export async function startLocalCardProvider(opts: LocalCardProviderOptions & { host?: string; port?: number }) {
  const provider = createLocalCardProvider(opts);
  const app = fastify({ logger: false });
  await app.register(localCardProviderPlugin, { provider, apiKey: opts.apiKey });
  const sweep = setInterval(() => {
    for (const s of provider.store.sessions.values()) {
      if (s.status === 'open' && s.expires_at <= unix(provider.now())) {
        s.status = 'expired';
        void provider.sender.send('checkout.session.expired', sessionView(provider.store, s, []));
      }
    }
  }, opts.sweepMs ?? 30_000);
  sweep.unref();
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ host, port: opts.port ?? 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    /** The API base (PAYMENT_API_URL) and the origin of the hosted pages. */
    url,
    provider,
    deliveries: provider.sender.deliveries,
    setWebhookUrl(u: string) {
      provider.target.url = u;
    },
    async close() {
      clearInterval(sweep);
      provider.sender.close();
      await app.close();
    },
  };
}
export type StartedCardProvider = Awaited<ReturnType<typeof startLocalCardProvider>>;
