/**
 * Stripe's test card numbers (https://docs.stripe.com/testing): the outcome of a payment is
 * decided by the number alone. Any other number is refused as in Stripe's test mode.
 */
export type CardOutcome =
  | { ok: true; brand: string; last4: string }
  | { ok: false; code: string; declineCode: string | null; message: { sv: string; en: string } };

const succeed: Record<string, string> = {
  '4242424242424242': 'visa',
  '4000056655665556': 'visa',
  '5555555555554444': 'mastercard',
  '2223003122003222': 'mastercard',
  '378282246310005': 'amex',
};

const declined = { sv: 'Kortet nekades.', en: 'Your card was declined.' };
const decline: Record<string, { code: string; declineCode: string | null; message: { sv: string; en: string } }> = {
  '4000000000000002': { code: 'card_declined', declineCode: 'generic_decline', message: declined },
  '4000000000009995': {
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: { sv: 'Kortet saknar täckning.', en: 'Your card has insufficient funds.' },
  },
  '4000000000000069': {
    code: 'expired_card',
    declineCode: null,
    message: { sv: 'Kortet har gått ut.', en: 'Your card has expired.' },
  },
};

export function outcomeOf(rawNumber: string): CardOutcome {
  const number = rawNumber.replace(/[\s-]/g, '');
  const brand = succeed[number];
  if (brand) return { ok: true, brand, last4: number.slice(-4) };
  const d = decline[number];
  if (d) return { ok: false, ...d };
  return {
    ok: false,
    code: 'incorrect_number',
    declineCode: null,
    message: {
      sv: 'Kortnumret fungerar inte här: använd ett testkort, t.ex. 4242 4242 4242 4242.',
      en: 'This card number does not work here: use a test card, e.g. 4242 4242 4242 4242.',
    },
  };
}
