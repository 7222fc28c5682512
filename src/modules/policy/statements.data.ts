import type { Localized, Statements } from './policy.types.ts';

/** The policy's own sentences that are not purposes, rules or rights. */
export const statements = {
  scope: {
    sv: 'Den här integritetspolicyn gäller för alla Kliniksupport Sverige AB:s kunder i Sverige. Den beskriver hur vi hanterar dina personuppgifter när du besöker vår webbplats, registrerar ett kundkonto, köper våra produkter eller tjänster eller har andra kontakter med oss. Du är alltid välkommen att kontakta oss om du har frågor eller synpunkter.',
    en: 'This privacy policy applies to all customers of Kliniksupport Sverige AB in Sweden. It describes how we handle your personal data when you visit our website, register a customer account, buy our products or services, or are otherwise in contact with us. You are always welcome to contact us with questions or comments.',
  },
  partners: {
    sv: 'Om du lämnar uppgifter till någon av våra samarbetspartner, till exempel efter att ha klickat på en länk till dem på vår webbplats, är det samarbetspartnern som ansvarar för dina personuppgifter.',
    en: 'If you give your data to one of our partners, for example after following a link to them on our website, that partner is responsible for your personal data.',
  },
  companyData: {
    sv: 'Vi behandlar företagsuppgifter för att försäkra oss om att vi har korrekt information om våra kunder.',
    en: 'We process company details to make sure that the information we hold about our customers is correct.',
  },
  sharing: {
    sv: 'Vi delar dina personuppgifter bara när lagen kräver det eller annars tillåter det.',
    en: 'We share your personal data only where the law requires or otherwise allows it.',
  },
  sameProcessingPurpose: {
    sv: 'När vi delar dina uppgifter används de för samma ändamål som vi ursprungligen samlade in dem för.',
    en: 'When we share your data, it is used for the same purposes for which we originally collected it.',
  },
  storage: {
    sv: 'Vi sparar uppgifterna så länge de behövs för de ändamål som de samlades in för, och under den tid som tillämplig lag kräver. Vi har löpande rutiner som ser till att vi inte lagrar onödiga uppgifter och att lagringstiden blir så kort som möjligt.',
    en: 'We keep data for as long as it is needed for the purposes for which it was collected, and for as long as applicable law requires. We have routines that make sure we store no unnecessary data and keep it for as short a time as possible.',
  },
  statutoryRetention: {
    sv: 'Ibland kräver en lag att vi sparar uppgifter längre än vår policy säger. Då gäller lagen. Vi sparar bara de uppgifter som lagen kräver, begränsar behandlingen av dem (artikel 18 i dataskyddsförordningen) så att de inte används till något annat, och berättar för dig vad som sparas, enligt vilken lag och till när, till exempel i ditt registerutdrag.',
    en: 'Sometimes a law requires us to keep data for longer than our policy says. The law then prevails. We keep only the data the law requires, restrict its processing (Article 18 GDPR) so that it is used for nothing else, and tell you what is kept, under which law and until when, for example in your register extract.',
  },
  security: {
    sv: 'Vi skyddar dina uppgifter med särskilda säkerhetsåtgärder mot olovlig eller obehörig åtkomst. Hos oss hanteras bara de uppgifter som behövs, och bara av de personer som behöver dem.',
    en: 'We protect your data with specific security measures against unlawful or unauthorised access. We handle only the data that is needed, and only the people who need it handle it.',
  },
  complaintToUs: {
    sv: 'Om du anser att vi har hanterat dina uppgifter felaktigt kan du alltid vända dig till oss.',
    en: 'If you think we have handled your data incorrectly, you can always turn to us.',
  },
  contact: {
    sv: 'Vårt mål är att alltid ge dig enkel och korrekt information om hur vi använder dina uppgifter. Har du frågor är du välkommen att kontakta vår kundtjänst.',
    en: 'We aim always to give you simple and correct information about how we use your data. If you have questions, you are welcome to contact our customer service.',
  },
  thirdCountryTransfers: {
    sv: 'Vi för inte över personuppgifter till länder utanför EU/EES (tredjeland) eller till internationella organisationer.',
    en: 'We do not transfer personal data to countries outside the EU/EEA (third countries) or to international organisations.',
  },
} as const satisfies Statements;

/** Art. 30(1)(g) and §9: a general description of the technical and organisational measures. */
export const securityMeasures = [
  {
    sv: 'Behörighet efter roll: varje medarbetare kommer bara åt de ändamål och uppgiftskategorier som rollen behöver.',
    en: 'Role-based access: each member of staff reaches only the purposes and categories of data their role needs.',
  },
  {
    sv: 'Varje åtkomst till personuppgifter loggas i en logg som inte kan ändras i efterhand utan att det syns.',
    en: 'Every access to personal data is recorded in a tamper-evident log.',
  },
  {
    sv: 'Personalens inloggning skyddas med tvåfaktorsautentisering, och lösenord lagras bara som säkra hashvärden.',
    en: 'Staff sign-in is protected by two-factor authentication, and passwords are stored only as secure hashes.',
  },
  {
    sv: 'Upprepade inloggningsförsök begränsas och spärras, och IP-adresser sparas i sin helhet bara i 30 dagar.',
    en: 'Repeated sign-in attempts are throttled and locked out, and IP addresses are kept in full for 30 days only.',
  },
  {
    sv: 'Uppgifter gallras automatiskt enligt lagringsreglerna, och varje radering dokumenteras.',
    en: 'Data is erased automatically according to the retention rules, and every erasure is documented.',
  },
  {
    sv: 'Uppgifter som bara sparas för att en lag kräver det hålls minimerade och med begränsad behandling.',
    en: 'Data kept only because a law requires it is minimised and its processing restricted.',
  },
] as const satisfies readonly Localized[];
