import type { Lang } from '../i18n/messages.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The privacy center's texts ("Min integritet"). Swedish is the reference; English has the same keys. */
const sv = {
  title: 'Min integritet',
  intro:
    'Här hämtar du ett utdrag av allt vi har sparat om dig, invänder mot marknadsföring och profilering, ser och återkallar dina samtycken, ber oss radera eller rätta dina uppgifter och ser vem som har tittat på dem.',
  back: 'Tillbaka till Mitt konto',

  extractTitle: 'Mitt registerutdrag',
  extractIntro:
    'Utdraget visar vilka uppgifter vi har om dig, varför, hur länge vi sparar dem och till vem vi har lämnat ut dem. För din säkerhet måste du ha loggat in under de senaste 15 minuterna.',
  extractPdf: 'Ladda ner som PDF',
  extractJson: 'Ladda ner som JSON (maskinläsbar)',
  extractPdfEn: 'Ladda ner som PDF på engelska (in English)',
  extractSchema: 'Schema för JSON-filen',
  extractBusy: 'Hämtar utdraget …',
  extractDone: 'Utdraget är hämtat. Du hittar filen bland dina nedladdningar.',
  extractStale:
    'Du loggade in för mer än 15 minuter sedan. Logga in igen för att hämta ditt registerutdrag – sedan kommer du tillbaka hit.',
  signInAgain: 'Logga in igen',
  requestStale:
    'Du loggade in för mer än 15 minuter sedan. Logga in igen för att göra den här begäran – så vet vi att det är du.',

  objectionsTitle: 'Invändningar mot marknadsföring och profilering',
  objectionsIntro:
    'En invändning gäller direkt: vi slutar skicka marknadsföring i den kanalen, eller slutar anpassa erbjudanden efter dina köp.',
  channelLegend: 'Kanal',
  channels: { email: 'E-post', sms: 'SMS', post: 'Post', social: 'Sociala medier', all: 'Alla kanaler' } as Record<
    string,
    string
  >,
  objectMarketing: 'Invänd mot direktmarknadsföring',
  objectProfiling: 'Invänd mot profilering (personliga erbjudanden)',
  objectionRecorded: 'Din invändning är registrerad och gäller från och med nu.',
  objectionsNone: 'Du har inte invänt mot något ännu.',
  objectionsListTitle: 'Dina invändningar',
  objectionKinds: {
    direct_marketing: 'Direktmarknadsföring',
    profiling: 'Profilering (personliga erbjudanden)',
  } as Record<string, string>,
  since: (date: string) => `sedan ${date}`,

  requestsTitle: 'Mina ärenden',
  requestsIntro:
    'Här ber du oss radera eller rätta dina uppgifter, eller lämnar ett klagomål. Vi svarar senast en månad efter att vi tagit emot ärendet.',
  requestsNone: 'Du har inga ärenden.',
  requestsCaption: 'Dina ärenden om personuppgifter',
  kindCol: 'Ärende',
  receivedCol: 'Mottaget',
  statusCol: 'Status',
  dueCol: 'Svar senast',
  dueNone: 'Väntar på dig',
  askErasure: 'Radera mina uppgifter',
  askRectification: 'Rätta mina uppgifter',
  askComplaint: 'Lämna ett klagomål',
  rectificationHint: 'Namn och telefonnummer kan du ändra själv under Mitt konto. För annat kontaktar vi dig.',
  requestSent: (kind: string, due: string | null) =>
    due ? `Ditt ärende (${kind}) är registrerat. Vi svarar senast ${due}.` : `Ditt ärende (${kind}) är registrerat.`,
  imy: 'Du kan också klaga till tillsynsmyndigheten Integritetsskyddsmyndigheten (IMY):',
  kinds: {
    access: 'Registerutdrag',
    rectification: 'Rättelse',
    erasure: 'Radering',
    objection: 'Invändning',
    restriction: 'Begränsning',
    portability: 'Dataportabilitet',
    consent_withdrawal: 'Återkallat samtycke',
    complaint: 'Klagomål',
  } as Record<string, string>,
  statuses: {
    received: 'Mottaget',
    awaiting_identity: 'Väntar på uppgifter från dig',
    in_progress: 'Handläggs',
    completed: 'Klart',
    refused: 'Avslaget',
  } as Record<string, string>,
  overdue: 'försenat',

  accessLogTitle: 'Vem har tittat på mina uppgifter',
};

export type PrivacyTexts = typeof sv;

const en: PrivacyTexts = {
  title: 'My privacy',
  intro:
    'Here you download an extract of everything we hold about you, object to marketing and profiling, see and withdraw your consents, ask us to erase or correct your data and see who has looked at it.',
  back: 'Back to My account',

  extractTitle: 'My register extract',
  extractIntro:
    'The extract shows what data we hold about you, why, how long we keep it and to whom we have disclosed it. For your security you must have signed in within the last 15 minutes.',
  extractPdf: 'Download as PDF',
  extractJson: 'Download as JSON (machine-readable)',
  extractPdfEn: 'Download as PDF in English',
  extractSchema: 'Schema of the JSON file',
  extractBusy: 'Fetching the extract …',
  extractDone: 'The extract is downloaded. You will find the file among your downloads.',
  extractStale:
    'You signed in more than 15 minutes ago. Sign in again to download your register extract – you will then come back here.',
  signInAgain: 'Sign in again',
  requestStale:
    'You signed in more than 15 minutes ago. Sign in again to make this request – that is how we know it is you.',

  objectionsTitle: 'Objections to marketing and profiling',
  objectionsIntro:
    'An objection takes effect at once: we stop sending marketing through that channel, or stop tailoring offers to your purchases.',
  channelLegend: 'Channel',
  channels: { email: 'E-mail', sms: 'SMS', post: 'Post', social: 'Social media', all: 'All channels' },
  objectMarketing: 'Object to direct marketing',
  objectProfiling: 'Object to profiling (personal offers)',
  objectionRecorded: 'Your objection is recorded and applies from now on.',
  objectionsNone: 'You have not objected to anything yet.',
  objectionsListTitle: 'Your objections',
  objectionKinds: { direct_marketing: 'Direct marketing', profiling: 'Profiling (personal offers)' },
  since: (date: string) => `since ${date}`,

  requestsTitle: 'My requests',
  requestsIntro:
    'Here you ask us to erase or correct your data, or make a complaint. We answer within one month of receiving the request.',
  requestsNone: 'You have no requests.',
  requestsCaption: 'Your requests about personal data',
  kindCol: 'Request',
  receivedCol: 'Received',
  statusCol: 'Status',
  dueCol: 'Answer by',
  dueNone: 'Waiting for you',
  askErasure: 'Erase my data',
  askRectification: 'Correct my data',
  askComplaint: 'Make a complaint',
  rectificationHint:
    'You can change your name and phone number yourself under My account. For anything else we contact you.',
  requestSent: (kind: string, due: string | null) =>
    due ? `Your request (${kind}) is registered. We answer by ${due}.` : `Your request (${kind}) is registered.`,
  imy: 'You may also complain to the supervisory authority, the Swedish Authority for Privacy Protection (IMY):',
  kinds: {
    access: 'Register extract',
    rectification: 'Rectification',
    erasure: 'Erasure',
    objection: 'Objection',
    restriction: 'Restriction',
    portability: 'Data portability',
    consent_withdrawal: 'Consent withdrawn',
    complaint: 'Complaint',
  },
  statuses: {
    received: 'Received',
    awaiting_identity: 'Waiting for information from you',
    in_progress: 'In progress',
    completed: 'Completed',
    refused: 'Refused',
  },
  overdue: 'overdue',

  accessLogTitle: 'Who has looked at my data',
};

export const privacyTexts: Record<Lang, PrivacyTexts> = { sv, en };

export function usePrivacyTexts(): { p: PrivacyTexts; lang: Lang } {
  const { lang } = useI18n();
  return { p: privacyTexts[lang], lang };
}
