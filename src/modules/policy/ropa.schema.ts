import { z } from 'zod';

/** The record of processing activities, GDPR art. 30(1) a–g, as the API returns it. */

const contact = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
});

const labelled = z.object({ id: z.string(), label: z.string() });

export const ropaActivitySchema = z.object({
  id: z.string(),
  clause: z.string(),
  name: z.string(),
  /** (b) */
  purpose: z.string(),
  legalBases: z.array(
    z.object({
      basis: z.enum(['consent', 'contract', 'legal_obligation', 'legitimate_interest']),
      article: z.string(),
      label: z.string(),
      appliesTo: z.array(z.string()),
      scope: z.string().nullable(),
      explanation: z.string(),
      law: z.string().nullable(),
    }),
  ),
  /** (c) */
  dataSubjects: z.array(labelled),
  personalData: z.array(labelled.extend({ technical: z.boolean() })),
  /** (d) */
  recipients: z.array(
    labelled.extend({ kind: z.enum(['processor', 'independent_controller']), safeguard: z.string() }),
  ),
  /** (e) */
  thirdCountryTransfers: z.object({ transfers: z.array(z.string()), statement: z.string() }),
  /** (f) */
  retention: z.array(
    z.object({
      ruleId: z.string(),
      title: z.string(),
      period: z.string(),
      action: z.enum(['delete', 'truncate', 'anonymise']),
      statutory: z.boolean(),
      law: z.string().nullable(),
      overrides: z.array(z.string()),
      statement: z.string(),
    }),
  ),
  /** (g) */
  securityMeasures: z.array(z.string()),
});

export const ropaSchema = z.object({
  title: z.string(),
  lang: z.enum(['sv', 'en']),
  /** (a) */
  controller: contact.extend({ orgNr: z.string() }),
  dpo: contact.extend({ note: z.string() }),
  activities: z.array(ropaActivitySchema),
});

export type Ropa = z.infer<typeof ropaSchema>;
export type RopaActivity = z.infer<typeof ropaActivitySchema>;
export type RopaFormat = 'json' | 'csv' | 'md';
export const ropaFormats = ['json', 'csv', 'md'] as const satisfies readonly RopaFormat[];
