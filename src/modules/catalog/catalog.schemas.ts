import { z } from 'zod';
import { gtin14Problem } from './gtin.ts';

/**
 * What staff (and the CSV import) may write into the catalogue. The same schema validates the
 * back office's JSON and every CSV row, so both name the same fields.
 */
export const ARTICLE_NUMBER = /^[A-Z0-9][A-Z0-9-]{1,29}$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const VAT_RATES = [25, 12, 6] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const articleNumberSchema = z
  .string()
  .trim()
  .regex(
    ARTICLE_NUMBER,
    'Artikelnummer: versaler, siffror och bindestreck / Article number: capitals, digits and hyphens',
  );

export const vatRateSchema = z.union(
  VAT_RATES.map((r) => z.literal(r)),
  {
    error: 'Momssatsen ska vara 25, 12 eller 6 / VAT rate must be 25, 12 or 6',
  },
);

export const imageInputSchema = z.strictObject({
  path: z
    .string()
    .trim()
    .regex(/^\/[A-Za-z0-9/_.-]{1,200}$/, 'En sökväg på denna webbplats / A path on this site')
    .refine((p) => !p.includes('..'), 'Ogiltig sökväg / Invalid path'),
  altSv: text(200),
  altEn: text(200),
});

const editableFields = {
  nameSv: text(200),
  nameEn: text(200),
  descriptionSv: z.string().trim().max(4000),
  descriptionEn: z.string().trim().max(4000),
  priceExVatOre: z.number().int().min(0).max(100_000_000),
  vatRate: vatRateSchema,
  stock: z.number().int().min(0).max(10_000_000),
  medicalDevice: z.boolean(),
  udiDi: z.string().trim().nullable(),
  /** An implantable device (MDR art. 25: its supply records are kept 15 years); a medical device. */
  implantable: z.boolean().default(false),
  categories: z.array(z.string().regex(SLUG)).min(1, 'Minst en kategori / At least one category').max(10),
  images: z.array(imageInputSchema).max(10).default([]),
};
const productFields = { articleNumber: articleNumberSchema, ...editableFields };

type DeviceFields = { medicalDevice: boolean; udiDi: string | null; implantable: boolean };
type Issues = { addIssue(i: { code: 'custom'; path: string[]; message: string }): void };

/** A medical device needs a valid GTIN-14 UDI-DI; other products have none. */
export function checkUdi(p: Omit<DeviceFields, 'implantable'>, ctx: Issues) {
  if (p.medicalDevice) {
    const problem = p.udiDi
      ? gtin14Problem(p.udiDi)
      : 'UDI-DI krävs för medicintekniska produkter / UDI-DI is required for a medical device';
    if (problem) ctx.addIssue({ code: 'custom', path: ['udiDi'], message: problem });
  } else if (p.udiDi) {
    ctx.addIssue({
      code: 'custom',
      path: ['udiDi'],
      message: 'UDI-DI anges bara för medicintekniska produkter / UDI-DI applies to medical devices only',
    });
  }
}

/** Only a medical device can be an implantable device (the database checks it too). */
export function checkImplant(p: Omit<DeviceFields, 'udiDi'>, ctx: Issues) {
  if (p.implantable && !p.medicalDevice) {
    ctx.addIssue({
      code: 'custom',
      path: ['implantable'],
      message: 'Implantat måste vara medicintekniska produkter / An implantable device must be a medical device',
    });
  }
}

function checkDevice(p: DeviceFields, ctx: Issues) {
  checkUdi(p, ctx);
  checkImplant(p, ctx);
}

export const productInputSchema = z.strictObject(productFields).superRefine(checkDevice);
export type ProductInput = z.infer<typeof productInputSchema>;

/** Editing: the article number is in the URL, everything else is replaced. */
export const productUpdateSchema = z.strictObject(editableFields).superRefine(checkDevice);
export type ProductUpdate = z.infer<typeof productUpdateSchema>;

const isoDate = z.iso.date('Datum som ÅÅÅÅ-MM-DD / Date as YYYY-MM-DD');

export const lotInputSchema = z.strictObject({
  lotNumber: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$/,
      'Lotnummer: bokstäver, siffror, . / - / Lot number: letters, digits, . / -',
    ),
  expiresOn: isoDate.nullable(),
  quantity: z.number().int().min(0).max(10_000_000),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
export type LotInput = z.infer<typeof lotInputSchema>;

export const lotUpdateSchema = z.strictObject({
  expiresOn: isoDate.nullable(),
  quantity: z.number().int().min(0).max(10_000_000),
});
export type LotUpdate = z.infer<typeof lotUpdateSchema>;
