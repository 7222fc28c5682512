import { z } from 'zod';
import { consentChannels } from './consent-texts.ts';

export const signupSources = ['webshop_form', 'event'] as const;
export const languages = ['sv', 'en'] as const;

/** A sign-up as the public form sends it. */
export const signupInput = z
  .strictObject({
    email: z
      .email({ error: 'must be an e-mail address' })
      .max(254)
      .transform((e) => e.trim().toLowerCase()),
    name: z.string().trim().min(1).max(200).optional(),
    company: z.string().trim().min(1).max(200).optional(),
    channels: z
      .array(z.enum(consentChannels))
      .min(1, 'choose at least one channel')
      .refine((c) => new Set(c).size === c.length, 'each channel once'),
    source: z.enum(signupSources).default('webshop_form'),
    eventCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/, 'must be 2–40 letters, digits, - or _')
      .optional(),
    language: z.enum(languages).default('sv'),
    /** The versions of the texts the person was shown, per channel: refused if one is no longer current. */
    textVersions: z.partialRecord(z.enum(consentChannels), z.string().min(1).max(100)).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.source === 'event' && !v.eventCode)
      ctx.addIssue({ code: 'custom', path: ['eventCode'], message: 'required when the source is an event' });
    if (v.source !== 'event' && v.eventCode)
      ctx.addIssue({ code: 'custom', path: ['eventCode'], message: 'only for the source event' });
  });
export type SignupInput = z.output<typeof signupInput>;

/** What the confirmation link carries, sealed: the whole sign-up, and when it stops working. */
export const signupPayload = z.strictObject({
  sid: z.uuid(),
  email: z.email(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  channels: z.array(z.enum(consentChannels)).min(1),
  texts: z.partialRecord(z.enum(consentChannels), z.string()),
  source: z.enum(signupSources),
  eventCode: z.string().nullable(),
  language: z.enum(languages),
  givenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type SignupPayload = z.infer<typeof signupPayload>;

/** What the withdrawal link carries, sealed: the prospect. It does not expire. */
export const withdrawPayload = z.strictObject({ prospectId: z.uuid() });

/** How long a confirmation link works. */
export const CONFIRM_LINK_HOURS = 48;
