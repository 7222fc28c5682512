import { z } from 'zod';

const localized = z.object({ sv: z.string(), en: z.string() });

const explanation = z.object({
  category: z.object({ id: z.string(), label: localized, explanation: localized, technical: z.boolean() }),
  purposes: z.array(
    z.object({
      id: z.string(),
      title: localized,
      basis: z.object({ article: z.string(), label: localized, explanation: localized }).nullable(),
    }),
  ),
  recipients: z.array(z.object({ id: z.string(), name: localized, kind: z.string() })),
  retention: z.array(
    z.object({ rule: z.string(), title: localized, statement: localized, kind: z.enum(['policy', 'statutory']) }),
  ),
});

/**
 * The register extract as data (GDPR art. 15, and art. 20 data portability): every row held about
 * the person, table by table, each value with its category, and for each category why it is held,
 * on which legal basis, who receives it and how long it is kept. Published as JSON Schema at
 * /api/privacy/register-extract.schema.json.
 */
export const registerExtractSchema = z.object({
  format: z.literal('kliniksupport.register-extract'),
  version: z.literal(1),
  generatedAt: z.string().describe('ISO 8601'),
  controller: z.object({ name: z.string(), orgNr: z.string(), email: z.string() }),
  subject: z.object({
    type: z.string().describe('account_contact, or consenting_prospect (registered only under consent)'),
    contactId: z.uuid().nullable(),
    companyId: z.uuid().nullable(),
    prospectId: z.uuid().optional(),
  }),
  sections: z.array(
    z.object({
      table: z.string(),
      module: z.string(),
      title: localized.describe('The kinds of data in the table'),
      columns: z.record(z.string(), z.string()).describe('Each column of the rows with the category of data it holds'),
      rows: z.array(
        z.object({
          keptUntil: z.string().nullable().describe('The last day the row is kept under its rule (YYYY-MM-DD)'),
          values: z
            .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
            .describe('The row’s personal data by column (empty columns left out)'),
        }),
      ),
      explanations: z.array(explanation),
    }),
  ),
  accessLog: z
    .array(
      z.object({
        at: z.string(),
        role: z.string(),
        purpose: z.string(),
        categories: z.array(z.string()),
        action: z.string(),
      }),
    )
    .describe('Who at Kliniksupport (by role) read data about you, when and why'),
  disclosures: z
    .array(
      z.object({
        at: z.string(),
        recipient: z.string(),
        purpose: z.string(),
        categories: z.array(z.string()),
        reference: z.string(),
      }),
    )
    .describe('Every hand-over of your data to a recipient outside Kliniksupport'),
  notLinked: z
    .array(z.object({ table: z.string(), why: localized }))
    .describe('Data that may concern you but cannot be linked to you (pseudonymous)'),
});

export type RegisterExtract = z.infer<typeof registerExtractSchema>;

export const registerExtractJsonSchema = () => z.toJSONSchema(registerExtractSchema);
