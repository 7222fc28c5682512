import type { CategoryId } from './categories.data.ts';
import type { PolicyRetentionRuleDef, RetentionTrigger, TriggerWords } from './policy.types.ts';

/** How each retention trigger reads: "5 år efter <after>", "tills <until>". */
export const triggers = {
  transaction_date: {
    after: { sv: 'transaktionsdatum', en: 'the transaction date' },
    until: { sv: 'transaktionen genomförs', en: 'the transaction takes place' },
  },
  case_closed: {
    after: { sv: 'att ärendet avslutats', en: 'the case is closed' },
    until: { sv: 'ärendet avslutas', en: 'the case is closed' },
  },
  linked_purchase_date: {
    after: { sv: 'det köp som ärendet gäller', en: 'the purchase the case concerns' },
    until: { sv: 'köpet genomförs', en: 'the purchase takes place' },
  },
  collected: {
    after: { sv: 'att uppgifterna samlades in', en: 'the data was collected' },
    until: { sv: 'uppgifterna samlas in', en: 'the data is collected' },
  },
  consent_withdrawn: {
    after: { sv: 'att samtycket återkallats', en: 'the consent is withdrawn' },
    until: { sv: 'samtycket återkallas', en: 'the consent is withdrawn' },
  },
  account_terminated: {
    after: { sv: 'att kundkontot sagts upp', en: 'the customer account is terminated' },
    until: { sv: 'kundkontot sägs upp', en: 'the customer account is terminated' },
  },
  removal_requested: {
    after: { sv: 'att företaget bett att bli borttaget', en: 'the company asks to be removed' },
    until: {
      sv: 'företaget ber att bli borttaget ur registret',
      en: 'the company asks to be removed from the register',
    },
  },
  event_time: {
    after: { sv: 'händelsen', en: 'the event' },
    until: { sv: 'händelsen inträffar', en: 'the event occurs' },
  },
  fiscal_year_end: {
    after: { sv: 'räkenskapsårets utgång', en: 'the end of the financial year' },
    until: { sv: 'räkenskapsåret avslutades', en: 'the financial year ended' },
  },
  device_supplied: {
    after: { sv: 'leveransen av produkten', en: 'the product was supplied' },
    until: { sv: 'produkten levereras', en: 'the product is supplied' },
  },
  claim_settled: {
    after: { sv: 'att anspråket har avslutats', en: 'the claim is settled' },
    until: { sv: 'anspråket är avslutat', en: 'the claim is settled' },
  },
} as const satisfies Record<RetentionTrigger, TriggerWords>;

/** §8 (and §4e, §4f, §6): the policy's own retention rules. Statutory rules are in statutory.data.ts. */
export const policyRetentionRules = [
  {
    id: 'history_5y',
    kind: 'policy',
    clause: '§8',
    source: 'policy_text',
    title: { sv: 'Köp-, order- och användarhistorik', en: 'Purchase, order and usage history' },
    statement: {
      sv: 'Din köp-, order- och användarhistorik raderas fem år efter transaktionsdatum.',
      en: 'Your purchase, order and usage history is deleted five years after the transaction date.',
    },
    trigger: 'transaction_date',
    period: { years: 5 },
    timing: 'at_deadline',
    action: 'delete',
    categories: ['purchase_history', 'usage_history', 'payment_details'],
  },
  {
    id: 'case_until_closed',
    kind: 'policy',
    clause: '§8',
    source: 'policy_text',
    title: {
      sv: 'Kundtjänstärenden utan koppling till ett köp',
      en: 'Customer service cases not linked to a purchase',
    },
    statement: {
      sv: 'Uppgifter i ett kundtjänstärende sparas tills ärendet avslutas.',
      en: 'Data in a customer service case is kept until the case is closed.',
    },
    trigger: 'case_closed',
    period: {},
    timing: 'at_deadline',
    action: 'delete',
    categories: ['case_information', 'images'],
  },
  {
    id: 'case_linked_to_purchase',
    kind: 'policy',
    clause: '§8',
    source: 'policy_text',
    title: { sv: 'Kundtjänstärenden som gäller ett köp', en: 'Customer service cases about a purchase' },
    statement: {
      sv: 'Gäller ärendet ett köp raderas uppgifterna fem år efter att köpet genomfördes.',
      en: 'If the case concerns a purchase, its data is deleted five years after the purchase took place.',
    },
    trigger: 'linked_purchase_date',
    period: { years: 5 },
    timing: 'at_deadline',
    action: 'delete',
    categories: ['case_information', 'images'],
  },
  {
    id: 'consent_5y',
    kind: 'policy',
    clause: '§8',
    source: 'policy_text',
    title: { sv: 'Uppgifter som samlats in med samtycke', en: 'Data collected with consent' },
    statement: {
      sv: 'Uppgifter som vi har samlat in med ditt samtycke sparar vi så länge de är relevanta, och raderar dem senast fem år efter att de samlades in.',
      en: 'Data we have collected with your consent is kept while it is relevant, and deleted at the latest five years after it was collected.',
    },
    trigger: 'collected',
    period: { years: 5 },
    timing: 'at_deadline',
    action: 'delete',
    categories: ['full_name', 'address', 'email', 'phone', 'company_data'],
  },
  {
    id: 'consent_withdrawn',
    kind: 'policy',
    clause: '§8',
    source: 'policy_text',
    title: { sv: 'Återkallat samtycke', en: 'Withdrawn consent' },
    statement: {
      sv: 'Återkallar du ditt samtycke raderas uppgifterna snarast och senast inom sex månader.',
      en: 'If you withdraw your consent, the data is deleted as soon as possible and within six months at the latest.',
    },
    trigger: 'consent_withdrawn',
    period: { months: 6 },
    timing: 'asap',
    action: 'delete',
    categories: ['full_name', 'address', 'email', 'phone', 'company_data'],
  },
  {
    id: 'account_lifetime',
    kind: 'policy',
    clause: '§6',
    source: 'policy_text',
    title: { sv: 'Kundkontot', en: 'The customer account' },
    statement: {
      sv: 'Uppgifterna i ditt kundkonto sparas så länge du har kontot. Säger du upp kontot slutar vi använda din kundhistorik och raderar kontouppgifterna.',
      en: 'The data in your customer account is kept for as long as you have the account. If you terminate the account, we stop using your customer history and delete the account data.',
    },
    trigger: 'account_terminated',
    period: {},
    timing: 'at_deadline',
    action: 'delete',
    categories: ['full_name', 'address', 'email', 'phone', 'company_data'],
  },
  {
    id: 'do_not_market_while_wanted',
    kind: 'policy',
    clause: '§4f',
    source: 'policy_text',
    title: { sv: 'Spärrlistan för marknadsföring', en: 'The do-not-market register' },
    statement: {
      sv: 'Ett företag står kvar på spärrlistan så länge det vill, och tas bort när det ber om det.',
      en: 'A company stays on the do-not-market register for as long as it wishes, and is removed when it asks.',
    },
    trigger: 'removal_requested',
    period: {},
    timing: 'at_deadline',
    action: 'delete',
    categories: ['company_data'],
  },
  {
    id: 'security_ip_30d',
    kind: 'policy',
    clause: '§4e',
    source: 'company_rule',
    title: { sv: 'IP-adresser i säkerhetsloggar', en: 'IP addresses in security logs' },
    statement: {
      sv: 'IP-adresser i våra säkerhetsloggar sparas i sin helhet i 30 dagar. Därefter förkortas de så att de inte längre pekar ut en enskild anslutning.',
      en: 'IP addresses in our security logs are kept in full for 30 days. After that they are truncated so that they no longer point to a single connection.',
    },
    trigger: 'event_time',
    period: { days: 30 },
    timing: 'at_deadline',
    action: 'truncate',
    categories: ['ip_address'],
  },
] as const satisfies readonly PolicyRetentionRuleDef<CategoryId>[];

export type PolicyRetentionRuleId = (typeof policyRetentionRules)[number]['id'];
