const sek = new Intl.NumberFormat('sv-SE', {
  style: 'currency',
  currency: 'SEK',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "1 234,50 kr" from öre. Swedish format in both languages: the prices are in Swedish kronor. */
export function formatSek(ore: number): string {
  return sek.format(ore / 100);
}

/** The price including VAT, in whole öre, rounded half up as on an invoice line. */
export function withVat(exVatOre: number, vatRatePercent: number): number {
  return Math.round((exVatOre * (100 + vatRatePercent)) / 100);
}
