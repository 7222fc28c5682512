/**
 * The shapes of the policy data. Ids are type parameters so that each data file can check its
 * references against the ids of the files before it (`as const satisfies …`), while renderers
 * and the integrity schema work on the plain-string form (`PolicyData`).
 */

export type Lang = 'sv' | 'en';
export const langs = ['sv', 'en'] as const satisfies readonly Lang[];

/** A text in both languages of the platform. */
export type Localized = { readonly sv: string; readonly en: string };

/** A calendar period; months and years end on the same day number, or the month's last day. */
export type Duration = { readonly years?: number; readonly months?: number; readonly days?: number };

export type LegalBasisKind = 'consent' | 'contract' | 'legal_obligation' | 'legitimate_interest';
/** GDPR article 6(1) point for each basis. */
export type Article6 = '6(1)(a)' | '6(1)(b)' | '6(1)(c)' | '6(1)(f)';

export type LegalBasisDef = { readonly article: Article6; readonly label: Localized };

export type Contact = {
  readonly name: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: Localized;
  readonly phone: string;
  /** The same number in E.164, for tel: links. */
  readonly phoneE164: string;
  readonly email: string;
};

export type ControllerDef = Contact & { readonly orgNr: string };

export type DpoDef = Contact & {
  /** Set when the DPO is a company, as here. */
  readonly orgNr?: string;
  /** The policy (§2) makes the controller its own data protection officer. */
  readonly sameAsController: boolean;
  readonly note: Localized;
};

export type SupervisoryAuthorityDef = Contact & {
  readonly shortName: string;
  readonly web: string;
  readonly formerName: string;
  readonly renamedOn: string;
  readonly note: Localized;
};

export type CategoryDef = {
  readonly id: string;
  readonly label: Localized;
  readonly explanation: Localized;
  /** Technical data (IP address, usage history) that an extract must explain in plain words. */
  readonly technical: boolean;
};

export type SubjectDef = { readonly id: string; readonly label: Localized; readonly description: Localized };

export type RetentionTrigger =
  | 'transaction_date'
  | 'case_closed'
  | 'linked_purchase_date'
  | 'collected'
  | 'consent_withdrawn'
  | 'account_terminated'
  | 'removal_requested'
  | 'event_time'
  | 'fiscal_year_end'
  | 'device_supplied'
  | 'claim_settled';

/** How a trigger reads in a sentence: "5 år efter <after>", "tills <until>". */
export type TriggerWords = { readonly after: Localized; readonly until: Localized };

export type RetentionAction = 'delete' | 'truncate' | 'anonymise';

/**
 * `toEndOfCalendarYear`: the period runs to the end of the calendar year that many years after
 * the trigger's year (Bokföringslagen's "utgången av sjunde året efter …").
 * `timing: 'asap'`: act as soon as possible, the period is only the outer limit.
 */
export type RetentionPeriod = Duration & { readonly toEndOfCalendarYear?: boolean };

type RetentionRuleCommon<C extends string> = {
  readonly id: string;
  readonly title: Localized;
  readonly statement: Localized;
  readonly trigger: RetentionTrigger;
  readonly period: RetentionPeriod;
  readonly timing: 'at_deadline' | 'asap';
  readonly action: RetentionAction;
  readonly categories: readonly C[];
};

export type PolicyRetentionRuleDef<C extends string = string> = RetentionRuleCommon<C> & {
  readonly kind: 'policy';
  /** Where the rule comes from: a policy clause, or the company's own minimisation rule. */
  readonly clause: string;
  readonly source: 'policy_text' | 'company_rule';
};

export type StatutoryRetentionRuleDef<C extends string = string, R extends string = string> = RetentionRuleCommon<C> & {
  readonly kind: 'statutory';
  readonly clause: string;
  readonly law: { readonly citation: string; readonly name: Localized };
  /** The policy rules this law overrides (keeps longer). */
  readonly overrides: readonly R[];
  /** What is kept, minimised to what the law requires. */
  readonly keptData: Localized;
  /** While kept only for the law, processing is restricted (GDPR art. 18) and the subject is told. */
  readonly restricted: true;
  readonly subjectInformed: true;
};

export type RetentionRuleDef = PolicyRetentionRuleDef | StatutoryRetentionRuleDef;

export type BasisDef<S extends string = string> = {
  readonly basis: LegalBasisKind;
  /** The data subjects this basis applies to. */
  readonly appliesTo: readonly S[];
  /** The part of the purpose it covers, when a purpose has several bases. */
  readonly scope?: Localized;
  readonly explanation: Localized;
  readonly law?: Localized;
};

export type PurposeDef<C extends string = string, S extends string = string, R extends string = string> = {
  readonly id: string;
  readonly clause: string;
  readonly title: Localized;
  readonly description: Localized;
  readonly bases: readonly BasisDef<S>[];
  readonly categories: readonly C[];
  readonly subjects: readonly S[];
  readonly retention: readonly R[];
  /** Direct marketing or profiling: an objection (art. 21(2)) stops it without weighing. */
  readonly stopsOnObjection: boolean;
};

export type RecipientKind = 'processor' | 'independent_controller';

export type RecipientDef<P extends string = string, C extends string = string> = {
  readonly id: string;
  readonly name: Localized;
  readonly kind: RecipientKind;
  readonly examples: Localized;
  readonly purposes: readonly P[];
  readonly categories: readonly C[];
  readonly safeguard: { readonly article: 'art. 28' | null; readonly description: Localized };
};

export type RightDef<P extends string = string, R extends string = string> = {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  readonly howTo: Localized;
  /** 'policy': stated in the policy text; 'gdpr': granted by the law beyond the policy text. */
  readonly source: 'policy' | 'gdpr';
  readonly policyClause: string | null;
  readonly article: string;
  readonly purposes: readonly P[];
  readonly retention: readonly R[];
};

export type AccessMode = 'read' | 'write';

export type GrantDef<P extends string = string, C extends string = string> = {
  readonly purpose: P;
  readonly access: AccessMode;
  /** A narrower set than the purpose's categories, when the role needs only part of them. */
  readonly categories?: readonly C[];
};

export type RoleDef<P extends string = string, C extends string = string> = {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized;
  readonly grants: readonly GrantDef<P, C>[];
};

export type Statements = {
  readonly scope: Localized;
  readonly partners: Localized;
  readonly companyData: Localized;
  readonly sharing: Localized;
  readonly sameProcessingPurpose: Localized;
  readonly storage: Localized;
  readonly statutoryRetention: Localized;
  readonly security: Localized;
  readonly complaintToUs: Localized;
  readonly contact: Localized;
  readonly thirdCountryTransfers: Localized;
};

/** The whole policy, with plain-string ids: what renderers and the integrity check read. */
export type PolicyData = {
  readonly controller: ControllerDef;
  readonly dpo: DpoDef;
  readonly supervisoryAuthority: SupervisoryAuthorityDef;
  readonly statements: Statements;
  readonly securityMeasures: readonly Localized[];
  readonly thirdCountryTransfers: readonly never[];
  readonly legalBases: Readonly<Record<LegalBasisKind, LegalBasisDef>>;
  readonly responseDeadline: { readonly within: Duration; readonly extension: Duration; readonly article: string };
  readonly triggers: Readonly<Record<RetentionTrigger, TriggerWords>>;
  readonly categories: readonly CategoryDef[];
  readonly subjects: readonly SubjectDef[];
  readonly retentionRules: readonly RetentionRuleDef[];
  readonly purposes: readonly PurposeDef[];
  readonly recipients: readonly RecipientDef[];
  readonly rights: readonly RightDef[];
  readonly roles: readonly RoleDef[];
};
