import type { Db } from '#src/platform/db/index.ts';
import { controller } from '#src/modules/policy/index.ts';
import { accounts, accountType, isAccount, isBalanceAccount, RETAINED_EARNINGS } from './bookkeeping.accounts.ts';
import { balancesBefore, stockholmDate, vouchersOfYear } from './bookkeeping.service.ts';
import { list, raw, sieAmount, sieDate, text, writeSie4, type SieItem } from './sie4.write.ts';

/** The export's file name: SIE 4E files end in .se. */
export const sieFileName = (year: number) => `kliniksupport-${year}.se`;

/**
 * The SIE 4 export (type 4E: the whole ledger of a fiscal year) that an accounting program imports:
 * identification, the chart of the accounts used, opening and closing balances of balance-sheet
 * accounts (#IB, #UB; earlier years' results carried to 2091), the year's results (#RES) and every
 * voucher with its transactions (#VER, #TRANS).
 */
export async function exportSie4(
  db: Db,
  opts: { year: number; now: Date; program?: { name: string; version: string } },
): Promise<Buffer> {
  const { year } = opts;
  const vouchers = await vouchersOfYear(db, year);
  const before = await balancesBefore(db, year);

  // Opening balances: balance-sheet accounts as they stood; earlier results as retained earnings.
  const ib = new Map<string, number>();
  for (const [account, sum] of before) {
    const target = isBalanceAccount(account) ? account : RETAINED_EARNINGS;
    ib.set(target, (ib.get(target) ?? 0) + sum);
  }
  const movement = new Map<string, number>();
  for (const v of vouchers)
    for (const l of v.lines) movement.set(l.account, (movement.get(l.account) ?? 0) + l.amountOre);

  const used = [...new Set([...ib.keys(), ...movement.keys()])].sort();
  const items: SieItem[] = [
    { label: '#PROGRAM', fields: [text(opts.program?.name ?? 'Kliniksupport'), text(opts.program?.version ?? '1')] },
    { label: '#FORMAT', fields: [raw('PC8')] },
    { label: '#GEN', fields: [raw(sieDate(stockholmDate(opts.now)))] },
    { label: '#SIETYP', fields: [raw(4)] },
    { label: '#ORGNR', fields: [raw(controller.orgNr)] },
    {
      label: '#ADRESS',
      fields: [
        text(controller.name),
        text(controller.street),
        text(`${controller.postalCode} ${controller.city}`),
        text(controller.phone),
      ],
    },
    { label: '#FNAMN', fields: [text(controller.name)] },
    { label: '#RAR', fields: [raw(0), raw(`${year}0101`), raw(`${year}1231`)] },
    { label: '#KPTYP', fields: [raw('BAS2024')] },
    { label: '#VALUTA', fields: [raw('SEK')] },
  ];
  for (const a of used) {
    items.push({ label: '#KONTO', fields: [raw(a), text(isAccount(a) ? accounts[a] : `Konto ${a}`)] });
    items.push({ label: '#KTYP', fields: [raw(a), raw(accountType(a))] });
  }
  for (const a of used.filter(isBalanceAccount)) {
    const opening = ib.get(a) ?? 0;
    items.push({ label: '#IB', fields: [raw(0), raw(a), raw(sieAmount(opening))] });
    items.push({ label: '#UB', fields: [raw(0), raw(a), raw(sieAmount(opening + (movement.get(a) ?? 0)))] });
  }
  for (const a of used.filter((x) => !isBalanceAccount(x)))
    items.push({ label: '#RES', fields: [raw(0), raw(a), raw(sieAmount(movement.get(a) ?? 0))] });
  for (const v of vouchers) {
    items.push({
      label: '#VER',
      fields: [
        raw(v.series),
        raw(v.number),
        raw(sieDate(v.voucherDate)),
        text(v.text),
        raw(sieDate(stockholmDate(v.createdAt))),
      ],
      block: v.lines.map((l) => ({ label: '#TRANS', fields: [raw(l.account), list(), raw(sieAmount(l.amountOre))] })),
    });
  }
  return writeSie4(items);
}
