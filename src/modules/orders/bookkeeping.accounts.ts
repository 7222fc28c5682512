/**
 * The BAS accounts the platform books on (BAS 2024 names). `postVoucher` refuses any other account,
 * so every account in the ledger has a name for the SIE export's #KONTO.
 */
export const accounts = {
  '1510': 'Kundfordringar',
  '1580': 'Fordringar för kontokort och kuponger',
  '1930': 'Företagskonto/checkkonto/affärskonto',
  '2091': 'Balanserad vinst eller förlust',
  '2611': 'Utgående moms på försäljning inom Sverige, 25 %',
  '2621': 'Utgående moms på försäljning inom Sverige, 12 %',
  '2631': 'Utgående moms på försäljning inom Sverige, 6 %',
  '3001': 'Försäljning inom Sverige, 25 % moms',
  '3002': 'Försäljning inom Sverige, 12 % moms',
  '3003': 'Försäljning inom Sverige, 6 % moms',
  '3108': 'Försäljning varor till annat EU-land, momsfri',
  '3740': 'Öres- och kronutjämning',
} as const satisfies Record<string, string>;

export type Account = keyof typeof accounts;

export const isAccount = (a: string): a is Account => Object.hasOwn(accounts, a);

/** Sales account and output-VAT account per VAT rate (percent). */
export const salesAccountByRate: Record<number, Account> = { 25: '3001', 12: '3002', 6: '3003' };
export const vatAccountByRate: Record<number, Account> = { 25: '2611', 12: '2621', 6: '2631' };
/** Goods to a business in another EU country under reverse charge (no Swedish VAT). */
export const EU_REVERSE_CHARGE_SALES: Account = '3108';
export const RECEIVABLES: Account = '1510';
export const CARD_RECEIVABLES: Account = '1580';
export const BANK: Account = '1930';
export const ROUNDING: Account = '3740';
export const RETAINED_EARNINGS: Account = '2091';

/** SIE #KTYP: T tillgång, S skuld (liabilities and equity), I intäkt, K kostnad. */
export function accountType(account: string): 'T' | 'S' | 'I' | 'K' {
  const first = account[0];
  if (first === '1') return 'T';
  if (first === '2') return 'S';
  if (first === '3') return 'I';
  return 'K';
}

/** Balance-sheet accounts (classes 1–2) carry balances across years; the rest are results. */
export const isBalanceAccount = (account: string) => account[0] === '1' || account[0] === '2';
