import type { Lang } from './policy.types.ts';

/** The page's own words: headings, captions and labels. Everything the policy says comes from the data. */
export const pagePaths = { sv: '/integritetspolicy', en: '/en/privacy-policy' } as const satisfies Record<Lang, string>;

/** "art. 7(3)" → "artikel 7.3", "6(1)(b)" → "artikel 6.1 b": how Swedish texts cite the GDPR. */
const svArticle = (a: string) =>
  'artikel ' +
  a
    .replace(/^art\. /, '')
    .replace(/\((\d+)\)/g, '.$1')
    .replace(/\(([a-z])\)$/, ' $1');
const enArticle = (a: string) => 'Article ' + a.replace(/^art\. /, '');

const sv = {
  title: 'Integritetspolicy',
  skip: 'Hoppa till innehållet',
  toc: 'Innehåll',
  otherLanguage: 'Read this policy in English',
  about: 'Om den här policyn',
  controller: 'Personuppgiftsansvarig och dataskyddsombud',
  orgNr: 'Organisationsnummer',
  isController: 'är personuppgiftsansvarig.',
  address: 'Adress',
  phone: 'Telefon',
  email: 'E-post',
  web: 'Webbplats',
  data: 'Vilka personuppgifter vi behandlar',
  categoriesCaption: 'Kategorier av personuppgifter',
  category: 'Uppgift',
  meaning: 'Vad det är',
  explanation: 'Förklaring',
  lawMayKeepLonger: 'En lag kan kräva att vissa av uppgifterna sparas längre, se',
  technical: 'teknisk uppgift',
  subjects: 'Vems uppgifter',
  purposes: 'Varför vi behandlar uppgifterna och med vilken laglig grund',
  purposesCaption: 'Ändamål, laglig grund, uppgifter och lagringstid',
  purpose: 'Ändamål',
  whatWeDo: 'Vad vi gör',
  legalBasis: 'Laglig grund',
  categories: 'Uppgifter',
  retention: 'Lagringstid',
  appliesTo: 'Gäller',
  article: (a: string) => `${svArticle(a)} i dataskyddsförordningen`,
  law: 'Lag',
  objection: 'Du kan invända, och då upphör behandlingen.',
  recipients: 'Vem vi delar uppgifterna med',
  processors: 'Personuppgiftsbiträden',
  controllers: 'Självständigt personuppgiftsansvariga',
  recipientPurposes: 'För ändamålen',
  safeguard: 'Skydd',
  transfers: 'Överföring utanför EU/EES',
  storage: 'Hur länge vi sparar uppgifterna',
  retentionCaption: 'Lagringsregler',
  rule: 'Uppgifter',
  howLong: 'Hur länge',
  then: 'Sedan',
  statutory: 'När lagen kräver längre lagring',
  statutoryCaption: 'Lagkrav som går före policyns lagringstider',
  keptData: 'Det som sparas',
  overrides: 'Går före',
  security: 'Säkerhet och vem som får se uppgifterna',
  roles: 'Vem hos oss som hanterar uppgifterna',
  rights: 'Dina rättigheter',
  howTo: 'Så gör du',
  source: 'Grund',
  policyAndGdpr: (clause: string, article: string) =>
    `${clause} i policyn, ${svArticle(article)} i dataskyddsförordningen`,
  gdprOnly: (article: string) =>
    `${svArticle(article)} i dataskyddsförordningen (gäller enligt lag även om policytexten inte nämner den)`,
  deadline: (within: string, extension: string, article: string) =>
    `Vi svarar inom ${within}. Är begäran komplicerad eller är de många kan tiden förlängas med ytterligare ${extension}; då får du veta det och varför inom den första månaden (${svArticle(article)} i dataskyddsförordningen).`,
  complaints: 'Klagomål och tillsynsmyndighet',
  contact: 'Kontakta oss',
  customerService: 'Kundtjänst',
} as const;

type Labels = {
  readonly [K in keyof typeof sv]: (typeof sv)[K] extends (...a: infer A) => string ? (...a: A) => string : string;
};

const en: Labels = {
  title: 'Privacy policy',
  skip: 'Skip to content',
  toc: 'Contents',
  otherLanguage: 'Läs policyn på svenska',
  about: 'About this policy',
  controller: 'Controller and data protection officer',
  orgNr: 'Organisation number',
  isController: 'is the controller.',
  address: 'Address',
  phone: 'Phone',
  email: 'E-mail',
  web: 'Website',
  data: 'What personal data we process',
  categoriesCaption: 'Categories of personal data',
  category: 'Data',
  meaning: 'What it is',
  explanation: 'Explanation',
  lawMayKeepLonger: 'A law may require some of the data to be kept longer, see',
  technical: 'technical data',
  subjects: 'Whose data',
  purposes: 'Why we process the data and on which legal basis',
  purposesCaption: 'Purposes, legal bases, data and retention',
  purpose: 'Purpose',
  whatWeDo: 'What we do',
  legalBasis: 'Legal basis',
  categories: 'Data',
  retention: 'Retention',
  appliesTo: 'Applies to',
  article: (a: string) => `${enArticle(a)} GDPR`,
  law: 'Law',
  objection: 'You can object, and the processing then stops.',
  recipients: 'Who we share the data with',
  processors: 'Processors',
  controllers: 'Independent controllers',
  recipientPurposes: 'For the purposes',
  safeguard: 'Safeguard',
  transfers: 'Transfers outside the EU/EEA',
  storage: 'How long we keep the data',
  retentionCaption: 'Retention rules',
  rule: 'Data',
  howLong: 'How long',
  then: 'Then',
  statutory: 'When the law requires longer retention',
  statutoryCaption: 'Laws that take precedence over the policy’s retention periods',
  keptData: 'What is kept',
  overrides: 'Takes precedence over',
  security: 'Security and who may see the data',
  roles: 'Who at Kliniksupport handles the data',
  rights: 'Your rights',
  howTo: 'How',
  source: 'Source',
  policyAndGdpr: (clause: string, article: string) => `${clause} of the policy, ${enArticle(article)} GDPR`,
  gdprOnly: (article: string) =>
    `${enArticle(article)} GDPR (applies by law even though the policy text does not mention it)`,
  deadline: (within: string, extension: string, article: string) =>
    `We answer within ${within}. If the request is complex or there are many, the time can be extended by a further ${extension}; we then tell you so, and why, within the first month (${enArticle(article)} GDPR).`,
  complaints: 'Complaints and supervisory authority',
  contact: 'Contact us',
  customerService: 'Customer service',
};

export const labels: Readonly<Record<Lang, Labels>> = { sv, en };
