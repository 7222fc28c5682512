import { z } from 'zod';
import { defineLetter } from '#src/platform/mail/index.ts';
import { controller } from '#src/modules/policy/index.ts';

const service = {
  sv: `Har du frågor? Kontakta vår kundtjänst på ${controller.phone} eller ${controller.email}.`,
  en: `Questions? Contact our customer service at ${controller.phone} or ${controller.email}.`,
};

/** Sent when staff ship an order: the carrier, the tracking number and the tracking page. */
export const orderShippedLetter = defineLetter({
  id: 'orders.shipped',
  schema: z.object({
    orderNumber: z.string(),
    name: z.string(),
    trackingNumber: z.string(),
    trackingUrl: z.url(),
  }),
  render: (p) => ({
    subject: { sv: `Din order ${p.orderNumber} har skickats`, en: `Your order ${p.orderNumber} has been shipped` },
    sv: [
      { p: `Hej ${p.name}!` },
      { p: `Din order ${p.orderNumber} har lämnats till transportören. Sändningsnummer: ${p.trackingNumber}.` },
      { link: { href: p.trackingUrl, label: 'Följ leveransen' } },
      { p: 'Du ser också leveransens status under Beställningar i ditt kundkonto, om du har ett.' },
      { p: service.sv },
    ],
    en: [
      { p: `Hello ${p.name},` },
      { p: `Your order ${p.orderNumber} has been handed to the carrier. Shipment number: ${p.trackingNumber}.` },
      {
        p: 'Follow the delivery with the link above. If you have a customer account, its Orders page shows the status too.',
      },
      { p: service.en },
    ],
  }),
});

/**
 * A recall notice (§4g, product safety). Sent to everyone who received the lot, whatever their
 * marketing choices: it is a legal obligation, not marketing, and says so.
 */
export const recallNoticeLetter = defineLetter({
  id: 'orders.recall-notice',
  schema: z.object({
    name: z.string(),
    productSv: z.string(),
    productEn: z.string(),
    articleNumber: z.string(),
    lotNumber: z.string(),
    reasonSv: z.string(),
    reasonEn: z.string(),
    orderNumbers: z.array(z.string()).min(1),
    quantity: z.number().int(),
    inAccount: z.boolean(),
  }),
  render: (p) => ({
    subject: {
      sv: `Viktigt: återkallelse av ${p.productSv}, sats ${p.lotNumber}`,
      en: `Important: recall of ${p.productEn}, lot ${p.lotNumber}`,
    },
    sv: [
      { heading: 'Återkallelse av produkt' },
      { p: `Hej ${p.name}!` },
      {
        p: `Vi återkallar ${p.productSv} (artikelnummer ${p.articleNumber}), tillverkningssats ${p.lotNumber}. Enligt våra leveransuppgifter fick ni ${p.quantity} st ur denna sats.`,
      },
      { list: p.orderNumbers.map((o) => `Order ${o}`) },
      { p: `Orsak: ${p.reasonSv}` },
      { p: 'Sluta använda produkterna ur denna sats och kontakta oss, så ordnar vi retur och ersättning.' },
      ...(p.inAccount ? [{ p: 'Meddelandet finns också under Meddelanden i ert kundkonto.' }] : []),
      {
        p: 'Vi skickar detta meddelande för att uppfylla en rättslig förpliktelse om produktsäkerhet. Det är inte marknadsföring och skickas därför även om du har tackat nej till marknadsföring från oss.',
      },
      { p: service.sv },
    ],
    en: [
      { heading: 'Product recall' },
      { p: `Hello ${p.name},` },
      {
        p: `We are recalling ${p.productEn} (article number ${p.articleNumber}), lot ${p.lotNumber}. According to our delivery records you received ${p.quantity} units from this lot (orders listed above).`,
      },
      { p: `Reason: ${p.reasonEn}` },
      {
        p: 'Please stop using the products from this lot and contact us: we will arrange their return and replacement.',
      },
      ...(p.inAccount ? [{ p: 'The notice is also under Notices in your customer account.' }] : []),
      {
        p: 'We send this notice to meet a legal obligation on product safety. It is not marketing, and is therefore sent even if you have refused marketing from us.',
      },
      { p: service.en },
    ],
  }),
});
