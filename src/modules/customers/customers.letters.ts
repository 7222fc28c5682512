import { z } from 'zod';
import { defineLetter, type LetterTemplate } from '#src/platform/mail/index.ts';
import { controller } from '#src/modules/policy/index.ts';

/**
 * The customers module's letters, Swedish first with English below (platform/mail renders the
 * layout and the controller's contact details). Letters with a one-time link are rendered when
 * the job runs, with a token minted then (customers.jobs.ts); the others are queued with their
 * parameters (platform/mail's job).
 */

const bilingual = z.object({ sv: z.string(), en: z.string() });
const service = {
  sv: `Har du frågor? Kontakta vår kundtjänst på ${controller.phone} eller ${controller.email}.`,
  en: `Questions? Contact our customer service at ${controller.phone} or ${controller.email}.`,
};
const notYou = {
  sv: `Om det inte var du kan du bortse från det här brevet. Kontakta oss gärna på ${controller.email} om du tror att någon försöker använda din adress.`,
  en: `If this was not you, you can ignore this letter. Please tell us at ${controller.email} if you think someone is trying to use your address.`,
};

/** "31 december 2033" / "31 December 2033": a deadline's calendar date (deadlines are UTC instants). */
export function formatDate(isoDate: string, lang: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

export const verifyEmailLetter = defineLetter({
  id: 'customers.verify-email',
  schema: z.object({ link: z.url(), companyName: z.string() }),
  render: ({ link, companyName }) => ({
    subject: { sv: 'Bekräfta din e-postadress', en: 'Confirm your e-mail address' },
    sv: [
      { p: `Välkommen till Kliniksupport! Du har registrerat ${companyName} som kund hos oss.` },
      { p: 'Bekräfta din e-postadress med länken nedan. Länken gäller i 24 timmar och kan bara användas en gång.' },
      { link: { href: link, label: 'Bekräfta e-postadressen' } },
      { p: notYou.sv },
    ],
    en: [
      { p: `Welcome to Kliniksupport! You have registered ${companyName} as a customer with us.` },
      { p: 'Please confirm your e-mail address with the link above. It is valid for 24 hours and works once.' },
      { p: notYou.en },
    ],
  }),
});

export const resetPasswordLetter = defineLetter({
  id: 'customers.reset-password',
  schema: z.object({ link: z.url() }),
  render: ({ link }) => ({
    subject: { sv: 'Välj ett nytt lösenord', en: 'Choose a new password' },
    sv: [
      { p: 'Någon har bett om att få välja ett nytt lösenord till ditt kundkonto hos Kliniksupport.' },
      { p: 'Välj ett nytt lösenord med länken nedan. Länken gäller i en timme och kan bara användas en gång.' },
      { link: { href: link, label: 'Välj nytt lösenord' } },
      { p: 'Om det inte var du behöver du inte göra något: ditt lösenord är oförändrat.' },
    ],
    en: [
      { p: 'Someone asked to choose a new password for your Kliniksupport customer account.' },
      { p: 'Choose a new password with the link above. It is valid for one hour and works once.' },
      { p: 'If this was not you, you need not do anything: your password is unchanged.' },
    ],
  }),
});

export const changeEmailLetter = defineLetter({
  id: 'customers.change-email',
  schema: z.object({ link: z.url() }),
  render: ({ link }) => ({
    subject: { sv: 'Bekräfta din nya e-postadress', en: 'Confirm your new e-mail address' },
    sv: [
      { p: 'Du har bett om att byta e-postadress för ditt kundkonto hos Kliniksupport till den här adressen.' },
      {
        p: 'Bytet gäller först när du har bekräftat det med länken nedan. Länken gäller i 24 timmar och kan bara användas en gång.',
      },
      { link: { href: link, label: 'Bekräfta den nya adressen' } },
      { p: notYou.sv },
    ],
    en: [
      { p: 'You asked to change the e-mail address of your Kliniksupport customer account to this address.' },
      {
        p: 'The change takes effect once you confirm it with the link above. It is valid for 24 hours and works once.',
      },
      { p: notYou.en },
    ],
  }),
});

export const invitationLetter = defineLetter({
  id: 'customers.invitation',
  schema: z.object({ link: z.url(), companyName: z.string(), inviterName: z.string() }),
  render: ({ link, companyName, inviterName }) => ({
    subject: {
      sv: `Inbjudan till ${companyName}s kundkonto`,
      en: `Invitation to the customer account of ${companyName}`,
    },
    sv: [
      { p: `${inviterName} har bjudit in dig till ${companyName}s kundkonto hos Kliniksupport.` },
      {
        p: 'Använd länken nedan för att ange ditt namn och välja ett lösenord. Länken gäller i sju dagar och kan bara användas en gång.',
      },
      { link: { href: link, label: 'Gå med i kundkontot' } },
      { p: 'Vill du inte gå med behöver du inte göra något. Inbjudan och din adress raderas när länken slutar gälla.' },
    ],
    en: [
      { p: `${inviterName} has invited you to the customer account of ${companyName} at Kliniksupport.` },
      { p: 'Use the link above to give your name and choose a password. It is valid for seven days and works once.' },
      {
        p: 'If you do not want to join, you need not do anything. The invitation and your address are deleted when the link expires.',
      },
    ],
  }),
});

export const registrationAttemptLetter = defineLetter({
  id: 'customers.registration-attempt',
  schema: z.object({ signInLink: z.url(), resetLink: z.url() }),
  render: ({ signInLink, resetLink }) => ({
    subject: { sv: 'Försök att registrera din e-postadress', en: 'An attempt to register your e-mail address' },
    sv: [
      {
        p: 'Någon försökte just registrera ett nytt kundkonto hos Kliniksupport med din e-postadress. Adressen har redan ett konto, så ingenting har ändrats.',
      },
      { p: `Var det du kan du logga in på ${signInLink}, eller välja ett nytt lösenord om du har glömt det:` },
      { link: { href: resetLink, label: 'Välj nytt lösenord' } },
      { p: notYou.sv },
    ],
    en: [
      {
        p: 'Someone just tried to register a new Kliniksupport customer account with your e-mail address. The address already has an account, so nothing has changed.',
      },
      { p: `If it was you, sign in at ${signInLink}, or choose a new password with the link above if you forgot it.` },
      { p: notYou.en },
    ],
  }),
});

export const registrationNotCompletedLetter = defineLetter({
  id: 'customers.registration-not-completed',
  schema: z.object({}),
  render: () => ({
    subject: { sv: 'Registreringen kunde inte slutföras', en: 'The registration could not be completed' },
    sv: [
      { p: 'Tack för din registrering hos Kliniksupport. Vi kunde tyvärr inte skapa ett nytt kundkonto.' },
      {
        p: 'Har ditt företag redan ett kundkonto hos oss kan företagets administratör bjuda in dig. Annars hjälper vår kundtjänst dig gärna.',
      },
      { p: service.sv },
    ],
    en: [
      { p: 'Thank you for registering with Kliniksupport. Unfortunately we could not create a new customer account.' },
      {
        p: 'If your company already has a customer account with us, its administrator can invite you. Otherwise our customer service will gladly help.',
      },
      { p: service.en },
    ],
  }),
});

export const invitationExistingAccountLetter = defineLetter({
  id: 'customers.invitation-existing-account',
  schema: z.object({ companyName: z.string() }),
  render: ({ companyName }) => ({
    subject: { sv: 'Inbjudan till ett kundkonto', en: 'Invitation to a customer account' },
    sv: [
      {
        p: `Du har bjudits in till ${companyName}s kundkonto hos Kliniksupport, men din e-postadress hör redan till ett kundkonto. En adress kan bara höra till ett konto.`,
      },
      { p: service.sv },
    ],
    en: [
      {
        p: `You have been invited to the customer account of ${companyName} at Kliniksupport, but your e-mail address already belongs to a customer account. An address can belong to one account only.`,
      },
      { p: service.en },
    ],
  }),
});

export const emailChangedLetter = defineLetter({
  id: 'customers.email-changed',
  schema: z.object({ newAddressHint: z.string() }),
  render: ({ newAddressHint }) => ({
    subject: { sv: 'Din e-postadress har bytts', en: 'Your e-mail address has been changed' },
    sv: [
      {
        p: `E-postadressen för ditt kundkonto hos Kliniksupport har bytts till ${newAddressHint}. Vi skickar inte längre brev om kontot till den här adressen.`,
      },
      {
        p: `Om det inte var du som bytte adress, kontakta oss genast på ${controller.phone} eller ${controller.email}.`,
      },
    ],
    en: [
      {
        p: `The e-mail address of your Kliniksupport customer account has been changed to ${newAddressHint}. We no longer send letters about the account to this address.`,
      },
      { p: `If you did not change it, contact us at once at ${controller.phone} or ${controller.email}.` },
    ],
  }),
});

export const passwordChangedLetter = defineLetter({
  id: 'customers.password-changed',
  schema: z.object({}),
  render: () => ({
    subject: { sv: 'Ditt lösenord har bytts', en: 'Your password has been changed' },
    sv: [
      { p: 'Lösenordet till ditt kundkonto hos Kliniksupport har bytts, och alla inloggningar har avslutats.' },
      { p: `Om det inte var du, kontakta oss genast på ${controller.phone} eller ${controller.email}.` },
    ],
    en: [
      { p: 'The password of your Kliniksupport customer account has been changed, and every sign-in has been ended.' },
      { p: `If this was not you, contact us at once at ${controller.phone} or ${controller.email}.` },
    ],
  }),
});

const keptItem = z.object({ title: bilingual, law: bilingual, until: z.iso.date(), condition: bilingual.nullable() });

export const accountTerminatedLetter = defineLetter({
  id: 'customers.account-terminated',
  schema: z.object({
    companyName: z.string(),
    removedByAdmin: z.boolean(),
    deleted: z.array(bilingual),
    kept: z.array(keptItem),
  }),
  render: ({ companyName, removedByAdmin, deleted, kept }) => {
    const keptLine = (k: z.output<typeof keptItem>, lang: 'sv' | 'en') =>
      `${k.title[lang]}: ${lang === 'sv' ? 'sparas till och med' : 'kept until'} ${formatDate(k.until, lang)} (${k.law[lang]})${k.condition ? ` – ${k.condition[lang]}` : ''}`;
    return {
      subject: removedByAdmin
        ? { sv: 'Du har tagits bort från ett kundkonto', en: 'You have been removed from a customer account' }
        : { sv: 'Ditt kundkonto är avslutat', en: 'Your customer account has been terminated' },
      sv: [
        {
          p: removedByAdmin
            ? `${companyName}s administratör har tagit bort dig från företagets kundkonto hos Kliniksupport. Du kan inte längre logga in.`
            : `Ditt kundkonto hos Kliniksupport (${companyName}) är avslutat. Vi använder inte längre din kundhistorik.`,
        },
        { heading: 'Det här har vi raderat' },
        { list: deleted.map((d) => d.sv) },
        ...(kept.length
          ? [
              { heading: 'Det här sparar vi, och varför' },
              {
                p: 'Lagen kräver att vi sparar vissa uppgifter längre. Vi använder dem bara för det lagen kräver och raderar dem när tiden har gått ut.',
              },
              { list: kept.map((k) => keptLine(k, 'sv')) },
            ]
          : [{ p: 'Vi sparar inga uppgifter om dig som en lag kräver att vi behåller.' }]),
        { p: service.sv },
      ],
      en: [
        {
          p: removedByAdmin
            ? `The administrator of ${companyName} has removed you from the company's customer account at Kliniksupport. You can no longer sign in.`
            : `Your customer account at Kliniksupport (${companyName}) has been terminated. We no longer use your customer history.`,
        },
        { heading: 'What we have deleted' },
        { list: deleted.map((d) => d.en) },
        ...(kept.length
          ? [
              { heading: 'What we keep, and why' },
              {
                p: 'The law requires us to keep some data longer. We use it only for what the law requires and delete it when the period ends.',
              },
              { list: kept.map((k) => keptLine(k, 'en')) },
            ]
          : [{ p: 'We keep no data about you that a law requires us to retain.' }]),
        { p: service.en },
      ],
    };
  },
});

/** Letters sent through platform/mail's job (no one-time link in them). */
export const customersLetters: readonly LetterTemplate[] = [
  registrationAttemptLetter,
  registrationNotCompletedLetter,
  invitationExistingAccountLetter,
  emailChangedLetter,
  passwordChangedLetter,
  accountTerminatedLetter,
];
