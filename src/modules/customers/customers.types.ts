import { z } from 'zod';

/** Swedish or international phone number: digits with optional +, spaces and hyphens; stored as digits. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{7,20}$/, 'must be a phone number, e.g. 070-123 45 67 or +46 70 123 45 67')
  .transform((v) => v.replace(/[^0-9+]/g, ''));

export const registrationSchema = z.strictObject({
  company: z.strictObject({
    orgNr: z.string().trim().min(1).max(20).describe('Organisationsnummer, e.g. 556940-3339'),
    name: z.string().trim().min(2).max(200),
    street: z.string().trim().min(2).max(200),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{3} ?\d{2}$/, 'must be a Swedish postal code, e.g. 239 41')
      .transform((v) => v.replace(' ', '')),
    city: z.string().trim().min(2).max(100),
  }),
  contact: z.strictObject({
    fullName: z.string().trim().min(2).max(200),
    email: z
      .email()
      .max(254)
      .transform((v) => v.toLowerCase()),
    phone: phoneSchema.optional(),
    password: z.string().min(8, 'must be at least 8 characters').max(128, 'must be at most 128 characters'),
  }),
});

export type RegistrationInput = z.output<typeof registrationSchema>;
