import { z } from 'zod';
import { newPasswordSchema } from '#src/modules/identity/index.ts';

/** Swedish or international phone number: digits with optional +, spaces and hyphens; stored as digits. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{7,20}$/, 'must be a phone number, e.g. 070-123 45 67 or +46 70 123 45 67')
  .transform((v) => v.replace(/[^0-9+]/g, ''));

/** An e-mail address, compared and stored in lower case. */
export const emailSchema = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());

/** A new password: the identity module's policy (8–128 characters, no composition rules, not a common one). */
export const passwordSchema = newPasswordSchema;

export const fullNameSchema = z.string().trim().min(2).max(200);

/** A one-time link's token: 256 bits in base64url (43 characters). */
export const tokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'must be the token of a link we sent (it may have been cut off)');

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
    fullName: fullNameSchema,
    email: emailSchema,
    phone: phoneSchema.optional(),
    password: passwordSchema,
  }),
});

export type RegistrationInput = z.output<typeof registrationSchema>;

export const tokenBodySchema = z.strictObject({ token: tokenSchema });
export const emailBodySchema = z.strictObject({ email: emailSchema });
export const signInSchema = z.strictObject({ email: emailSchema, password: z.string().min(1).max(1024) });
export const resetCompleteSchema = z.strictObject({ token: tokenSchema, newPassword: passwordSchema });
export const profilePatchSchema = z
  .strictObject({ fullName: fullNameSchema.optional(), phone: phoneSchema.nullable().optional() })
  .refine((v) => v.fullName !== undefined || v.phone !== undefined, 'give fullName, phone or both');
export const emailChangeSchema = z.strictObject({ newEmail: emailSchema, password: z.string().min(1).max(1024) });
export const invitationSchema = z.strictObject({ email: emailSchema });
export const acceptInvitationSchema = z.strictObject({
  token: tokenSchema,
  fullName: fullNameSchema,
  phone: phoneSchema.optional(),
  password: passwordSchema,
});
export const terminationSchema = z.strictObject({
  confirm: z.literal(true, 'must be true: the account is terminated only when you confirm'),
  password: z.string().min(1).max(1024),
});
export const idParamsSchema = z.object({ id: z.uuid() });

export type ProfilePatch = z.output<typeof profilePatchSchema>;
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
