import { z } from 'zod';
import {
  categories,
  purposes,
  recipients,
  type CategoryId,
  type PurposeId,
  type RecipientId,
} from '#src/modules/policy/index.ts';
import { subjectTypes } from './access-log.types.ts';

const ids = <T extends string>(list: readonly { id: T }[]) => list.map((x) => x.id) as [T, ...T[]];

/**
 * A disclosure as the caller describes it, held to the policy (§7): the recipient must be in the
 * recipient register, the purpose and categories must exist, the recipient must receive data for
 * that purpose, and only categories that both the purpose uses and the recipient may receive.
 */
export const disclosureInputSchema = z
  .strictObject({
    recipient: z.enum(ids<RecipientId>(recipients)),
    purpose: z.enum(ids<PurposeId>(purposes)),
    categories: z
      .array(z.enum(ids<CategoryId>(categories)))
      .min(1)
      .transform((c) => [...new Set(c)].sort()),
    subjectType: z.enum(subjectTypes),
    subjectId: z
      .string()
      .min(1)
      .max(200)
      .refine((s) => s.isWellFormed(), 'must be well-formed Unicode'),
    reference: z.string().min(1).max(200),
    at: z.date(),
  })
  .superRefine((d, ctx) => {
    const recipient = recipients.find((r) => r.id === d.recipient)!;
    const purpose = purposes.find((p) => p.id === d.purpose)!;
    if (!(recipient.purposes as readonly string[]).includes(d.purpose)) {
      ctx.addIssue({
        code: 'custom',
        path: ['purpose'],
        message: `the policy does not let ${d.recipient} receive data for ${d.purpose}`,
      });
    }
    for (const c of d.categories) {
      if (!(purpose.categories as readonly string[]).includes(c)) {
        ctx.addIssue({ code: 'custom', path: ['categories'], message: `purpose ${d.purpose} does not use ${c}` });
      }
      if (!(recipient.categories as readonly string[]).includes(c)) {
        ctx.addIssue({ code: 'custom', path: ['categories'], message: `${d.recipient} may not receive ${c}` });
      }
    }
  });

export type DisclosureInput = Omit<z.input<typeof disclosureInputSchema>, 'categories'> & {
  categories: readonly CategoryId[];
};

/** A recorded disclosure, as it is listed to staff and to the data subject. */
export type Disclosure = {
  id: string;
  at: string;
  recipient: RecipientId;
  purpose: PurposeId;
  categories: CategoryId[];
  subjectType: string;
  subjectId: string;
  reference: string;
};
