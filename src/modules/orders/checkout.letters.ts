import { z } from 'zod';
import { defineLetter } from '#src/platform/mail/index.ts';
import { controller } from '#src/modules/policy/index.ts';

/** "1 234,50 kr" / "SEK 1,234.50". */
export function formatOre(ore: number, lang: 'sv' | 'en'): string {
  const n = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(ore / 100);
  return lang === 'sv' ? `${n} kr` : `SEK ${n}`;
}

const params = z.object({
  orderNumber: z.string(),
  paymentMethod: z.enum(['invoice', 'card']),
  reverseCharge: z.boolean(),
  lines: z.array(z.object({ name: z.string(), articleNumber: z.string(), quantity: z.int(), lineExVatOre: z.int() })),
  shippingExVatOre: z.int(),
  vatOre: z.int(),
  roundingOre: z.int(),
  totalIncVatOre: z.int(),
});

/** The order confirmation, queued in the checkout transaction (sent only for a committed order). */
export const orderConfirmationLetter = defineLetter({
  id: 'orders.confirmation',
  schema: params,
  render: (o, { publicUrl }) => {
    const lines = (lang: 'sv' | 'en') =>
      o.lines.map((l) => `${l.quantity} × ${l.name} (${l.articleNumber}): ${formatOre(l.lineExVatOre, lang)}`);
    const sums = (lang: 'sv' | 'en') => {
      const sv = lang === 'sv';
      return [
        `${sv ? 'Frakt' : 'Shipping'}: ${formatOre(o.shippingExVatOre, lang)}`,
        `${sv ? 'Moms' : 'VAT'}: ${formatOre(o.vatOre, lang)}`,
        `${sv ? 'Öresavrundning' : 'Rounding'}: ${formatOre(o.roundingOre, lang)}`,
        `${sv ? 'Att betala' : 'To pay'}: ${formatOre(o.totalIncVatOre, lang)}`,
        ...(o.reverseCharge ? [sv ? 'Omvänd betalningsskyldighet' : 'Reverse charge'] : []),
      ];
    };
    return {
      subject: { sv: `Orderbekräftelse ${o.orderNumber}`, en: `Order confirmation ${o.orderNumber}` },
      sv: [
        { p: `Tack för din beställning! Ordernummer: ${o.orderNumber}.` },
        { heading: 'Artiklar (exkl. moms)' },
        { list: lines('sv') },
        { list: sums('sv') },
        {
          p:
            o.paymentMethod === 'invoice'
              ? 'Fakturan skickas separat, 30 dagar netto.'
              : 'Ordern skickas när kortbetalningen är genomförd.',
        },
        { p: `Frågor? Kontakta kundtjänst på ${controller.phone} eller ${controller.email}.` },
        { link: { href: `${publicUrl}/konto`, label: 'Mina beställningar' } },
      ],
      en: [
        { p: `Thank you for your order! Order number: ${o.orderNumber}.` },
        { heading: 'Items (excl. VAT)' },
        { list: lines('en') },
        { list: sums('en') },
        {
          p:
            o.paymentMethod === 'invoice'
              ? 'The invoice is sent separately, 30 days net.'
              : 'The order is shipped once the card payment has gone through.',
        },
        { p: `Questions? Contact customer service at ${controller.phone} or ${controller.email}.` },
      ],
    };
  },
});

export const ordersLetters = [orderConfirmationLetter] as const;
