import { useI18n } from '../i18n/i18n.tsx';
import type { Lang } from '../i18n/messages.ts';

/** The customer account's texts. Swedish is the reference; English must have exactly the same keys. */
const sv = {
  accountTitle: 'Mitt konto',
  registerTitle: 'Skapa kundkonto',
  registerIntro:
    'Registrera din klinik som kund hos Kliniksupport. Du blir företagets administratör och kan bjuda in kollegor.',
  companyLegend: 'Företaget',
  contactLegend: 'Du som kontaktperson',
  orgNr: 'Organisationsnummer',
  orgNrHint: 'Tio siffror, till exempel 556940-3339. Enskild firma: ditt personnummer.',
  companyName: 'Företagets namn',
  street: 'Gatuadress',
  postalCode: 'Postnummer',
  city: 'Ort',
  fullName: 'Ditt namn',
  fullNameColleague: 'Ditt namn',
  email: 'E-postadress',
  phone: 'Telefonnummer (frivilligt)',
  phoneHint: 'Till exempel 070-123 45 67.',
  password: 'Lösenord',
  newPassword: 'Nytt lösenord',
  passwordHint: 'Minst 8 och högst 128 tecken. Välj gärna en fras som bara du känner till.',
  confirmPassword: 'Upprepa lösenordet',
  registerButton: 'Skapa konto',
  registerDone:
    'Tack! Vi har skickat ett e-postmeddelande till dig. Klicka på länken i det för att bekräfta din adress. Länken gäller i 24 timmar.',
  registerPrivacy: 'Så behandlar vi dina personuppgifter:',
  privacyLink: 'integritetspolicyn',
  haveAccount: 'Har du redan ett konto?',

  required: 'Fyll i fältet.',
  orgNrLength: 'Organisationsnumret ska ha tio siffror, till exempel 556940-3339.',
  orgNrCheck: 'Organisationsnumret stämmer inte: kontrollsiffran är fel. Kontrollera siffrorna.',
  orgNrInvalid: 'Organisationsnumret är inte giltigt.',
  nameTooShort: 'Skriv minst två tecken.',
  postalCodeInvalid: 'Skriv ett svenskt postnummer med fem siffror, till exempel 239 41.',
  emailInvalid: 'Skriv en giltig e-postadress, till exempel namn@klinik.se.',
  phoneInvalid: 'Skriv ett telefonnummer, till exempel 070-123 45 67.',
  passwordTooShort: 'Lösenordet måste ha minst 8 tecken.',
  passwordTooLong: 'Lösenordet får ha högst 128 tecken.',
  passwordCommon: 'Lösenordet är ett av de vanligaste lösenorden. Välj ett annat.',
  passwordMismatch: 'Lösenorden är inte lika.',
  passwordWrong: 'Fel lösenord.',
  formHasErrors: 'Formuläret innehåller fel. Rätta fälten nedan.',
  tooMany: 'För många försök. Vänta en stund och försök igen.',

  signInTitle: 'Logga in',
  signInIntro: 'Logga in på din kliniks kundkonto.',
  signInButton: 'Logga in',
  wrongCredentials: 'Fel e-postadress eller lösenord, eller så är adressen inte bekräftad ännu.',
  forgotPassword: 'Glömt lösenordet?',
  noAccount: 'Inget konto än?',
  createAccount: 'Skapa kundkonto',
  resendVerification: 'Fick du ingen bekräftelse? Skicka en ny länk',

  resetTitle: 'Glömt lösenordet',
  resetIntro:
    'Skriv din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord. Länken gäller i en timme.',
  resetButton: 'Skicka länk',
  resetSent: 'Om adressen har ett konto hos oss har vi skickat en länk till den. Titta i inkorgen (och i skräpposten).',
  newPasswordTitle: 'Välj nytt lösenord',
  newPasswordIntro: 'Alla inloggningar avslutas när du har bytt lösenord.',
  savePassword: 'Spara lösenord',
  passwordSaved: 'Lösenordet är bytt. Logga in med det nya lösenordet.',

  verifyTitle: 'Bekräfta e-postadress',
  verifying: 'Bekräftar …',
  verified: 'Din e-postadress är bekräftad. Nu kan du logga in.',
  linkInvalid: 'Länken fungerar inte. Den kan ha använts redan, ha gått ut eller ha kopierats ofullständigt.',
  noToken: 'Länken saknar sin kod. Öppna länken i e-postmeddelandet igen.',
  resendTitle: 'Skicka en ny länk',
  resendButton: 'Skicka ny länk',
  resendSent: 'Om adressen har ett konto som inte är bekräftat har vi skickat en ny länk.',

  confirmEmailTitle: 'Bekräfta ny e-postadress',
  emailConfirmed: 'Din nya e-postadress gäller nu.',

  invitationTitle: 'Gå med i kundkontot',
  invitationFor: (company: string, email: string) => `Du har bjudits in till ${company}s kundkonto som ${email}.`,
  acceptButton: 'Gå med',

  signedInAs: 'Inloggad som',
  signOut: 'Logga ut',
  ordersLink: 'Ordrar och fakturor',
  privacyCenterLink: 'Min integritet',
  accountNav: 'Kontots sidor',
  signInAgainNotice: 'Logga in igen för att fortsätta. Sedan kommer du tillbaka dit du var.',
  signedOut: 'Du är utloggad.',
  sessionEnded: 'Du är inte inloggad, eller så har inloggningen gått ut.',
  companyTitle: 'Företaget',
  legalForm: 'Företagsform',
  address: 'Adress',
  youAreAdmin: 'Du är företagets administratör.',

  profileTitle: 'Dina uppgifter',
  saveProfile: 'Spara',
  profileSaved: 'Dina uppgifter är sparade.',
  noPhone: 'Inget telefonnummer',

  emailTitle: 'Byt e-postadress',
  emailIntro: (current: string) =>
    `Din adress är ${current}. Den nya adressen gäller först när du har bekräftat den med länken vi skickar dit.`,
  newEmail: 'Ny e-postadress',
  currentPassword: 'Ditt lösenord',
  changeEmailButton: 'Skicka bekräftelselänk',
  emailChangeSent: 'Vi har skickat en länk till den nya adressen. Bytet gäller när du har klickat på den.',
  sameEmail: 'Det är din nuvarande adress.',

  colleaguesTitle: 'Kollegor',
  colleaguesEmpty: 'Inga kollegor har konto än.',
  admin: 'administratör',
  remove: (name: string) => `Ta bort ${name}`,
  removeConfirm: (name: string) =>
    `Ta bort ${name}? Inloggningen upphör direkt och uppgifterna hanteras som när ett konto avslutas.`,
  removed: (name: string) => `${name} är borttagen.`,
  inviteTitle: 'Bjud in en kollega',
  inviteIntro: 'Kollegan får ett e-postmeddelande med en länk som gäller i sju dagar.',
  inviteButton: 'Skicka inbjudan',
  invited: (email: string) => `Inbjudan är skickad till ${email}.`,
  pendingTitle: 'Inbjudningar som inte besvarats',
  pendingUntil: (date: string) => `gäller till ${date}`,
  withdraw: (email: string) => `Dra tillbaka inbjudan till ${email}`,
  onlyAdmin: 'Bara företagets administratör kan bjuda in och ta bort kollegor.',

  accessLogTitle: 'Vem på Kliniksupport har sett mina uppgifter',
  accessLogIntro:
    'Här ser du när någon på Kliniksupport har läst eller ändrat dina uppgifter, i vilken roll och för vilket ändamål.',

  terminateTitle: 'Avsluta kontot',
  terminateIntro:
    'Säger du upp kontot slutar vi använda din kundhistorik. Innan du bekräftar visar vi vad som raderas direkt och vad lagen kräver att vi sparar.',
  showPlan: 'Visa vad som händer',
  planDeleted: 'Raderas direkt',
  planKept: 'Sparas, eftersom lagen kräver det',
  planKeptNone: 'Inget sparas: ingen lag kräver att vi behåller dina uppgifter.',
  planUntil: (date: string) => `till och med ${date}`,
  planNewAdmin: (name: string) => `${name} blir företagets administratör.`,
  planLastContact: 'Du är företagets sista kontaktperson: också företagets uppgifter i kundkontot hanteras så här.',
  planRestricted:
    'Det som sparas är spärrat: vi använder det bara för det lagen kräver och raderar det när tiden har gått ut.',
  confirmTerminate: 'Jag förstår och vill avsluta kontot',
  terminateButton: 'Avsluta kontot',
  terminated:
    'Ditt konto är avslutat. Vi har skickat ett brev till din e-postadress med vad vi har raderat och vad vi sparar.',
  mustConfirm: 'Kryssa i rutan för att bekräfta.',
};

export type AccountTexts = typeof sv;

const en: AccountTexts = {
  accountTitle: 'My account',
  registerTitle: 'Create a customer account',
  registerIntro:
    'Register your clinic as a customer of Kliniksupport. You become the company administrator and can invite colleagues.',
  companyLegend: 'The company',
  contactLegend: 'You, as contact person',
  orgNr: 'Organisation number',
  orgNrHint: 'Ten digits, for example 556940-3339. Sole trader: your personal identity number.',
  companyName: 'Company name',
  street: 'Street address',
  postalCode: 'Postal code',
  city: 'City',
  fullName: 'Your name',
  fullNameColleague: 'Your name',
  email: 'E-mail address',
  phone: 'Phone number (optional)',
  phoneHint: 'For example 070-123 45 67.',
  password: 'Password',
  newPassword: 'New password',
  passwordHint: 'At least 8 and at most 128 characters. A phrase only you know works well.',
  confirmPassword: 'Repeat the password',
  registerButton: 'Create account',
  registerDone:
    'Thank you! We have sent you an e-mail. Click the link in it to confirm your address. The link is valid for 24 hours.',
  registerPrivacy: 'How we handle your personal data:',
  privacyLink: 'the privacy policy',
  haveAccount: 'Already have an account?',

  required: 'Fill in this field.',
  orgNrLength: 'The organisation number has ten digits, for example 556940-3339.',
  orgNrCheck: 'The organisation number does not add up: the check digit is wrong. Check the digits.',
  orgNrInvalid: 'The organisation number is not valid.',
  nameTooShort: 'Write at least two characters.',
  postalCodeInvalid: 'Write a Swedish postal code of five digits, for example 239 41.',
  emailInvalid: 'Write a valid e-mail address, for example name@clinic.se.',
  phoneInvalid: 'Write a phone number, for example 070-123 45 67.',
  passwordTooShort: 'The password must have at least 8 characters.',
  passwordTooLong: 'The password may have at most 128 characters.',
  passwordCommon: 'This password is one of the most common ones. Choose another.',
  passwordMismatch: 'The passwords do not match.',
  passwordWrong: 'Wrong password.',
  formHasErrors: 'The form has errors. Correct the fields below.',
  tooMany: 'Too many attempts. Wait a while and try again.',

  signInTitle: 'Sign in',
  signInIntro: "Sign in to your clinic's customer account.",
  signInButton: 'Sign in',
  wrongCredentials: 'Wrong e-mail address or password, or the address is not confirmed yet.',
  forgotPassword: 'Forgot your password?',
  noAccount: 'No account yet?',
  createAccount: 'Create a customer account',
  resendVerification: 'No confirmation e-mail? Send a new link',

  resetTitle: 'Forgot your password',
  resetIntro:
    'Enter your e-mail address and we will send a link where you can choose a new password. The link is valid for one hour.',
  resetButton: 'Send link',
  resetSent: 'If the address has an account with us, we have sent a link to it. Check your inbox (and spam folder).',
  newPasswordTitle: 'Choose a new password',
  newPasswordIntro: 'Every sign-in ends when you have changed the password.',
  savePassword: 'Save password',
  passwordSaved: 'Your password has been changed. Sign in with the new password.',

  verifyTitle: 'Confirm e-mail address',
  verifying: 'Confirming …',
  verified: 'Your e-mail address is confirmed. You can now sign in.',
  linkInvalid: 'The link does not work. It may have been used already, have expired or have been copied incompletely.',
  noToken: 'The link is missing its code. Open the link in the e-mail again.',
  resendTitle: 'Send a new link',
  resendButton: 'Send new link',
  resendSent: 'If the address has an account not yet confirmed, we have sent a new link.',

  confirmEmailTitle: 'Confirm new e-mail address',
  emailConfirmed: 'Your new e-mail address is now in use.',

  invitationTitle: 'Join the customer account',
  invitationFor: (company, email) => `You have been invited to the customer account of ${company} as ${email}.`,
  acceptButton: 'Join',

  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  ordersLink: 'Orders and invoices',
  privacyCenterLink: 'My privacy',
  accountNav: 'Account pages',
  signInAgainNotice: 'Sign in again to continue. You will then come back to where you were.',
  signedOut: 'You have signed out.',
  sessionEnded: 'You are not signed in, or your sign-in has expired.',
  companyTitle: 'The company',
  legalForm: 'Legal form',
  address: 'Address',
  youAreAdmin: 'You are the company administrator.',

  profileTitle: 'Your details',
  saveProfile: 'Save',
  profileSaved: 'Your details have been saved.',
  noPhone: 'No phone number',

  emailTitle: 'Change e-mail address',
  emailIntro: (current) =>
    `Your address is ${current}. A new address takes effect once you confirm it with the link we send there.`,
  newEmail: 'New e-mail address',
  currentPassword: 'Your password',
  changeEmailButton: 'Send confirmation link',
  emailChangeSent: 'We have sent a link to the new address. The change takes effect when you click it.',
  sameEmail: 'That is your current address.',

  colleaguesTitle: 'Colleagues',
  colleaguesEmpty: 'No colleagues have an account yet.',
  admin: 'administrator',
  remove: (name) => `Remove ${name}`,
  removeConfirm: (name) =>
    `Remove ${name}? Their sign-in ends at once and their data is handled as when an account is terminated.`,
  removed: (name) => `${name} has been removed.`,
  inviteTitle: 'Invite a colleague',
  inviteIntro: 'Your colleague gets an e-mail with a link that is valid for seven days.',
  inviteButton: 'Send invitation',
  invited: (email) => `The invitation has been sent to ${email}.`,
  pendingTitle: 'Invitations not yet answered',
  pendingUntil: (date) => `valid until ${date}`,
  withdraw: (email) => `Withdraw the invitation to ${email}`,
  onlyAdmin: 'Only the company administrator can invite and remove colleagues.',

  accessLogTitle: 'Who at Kliniksupport has seen my data',
  accessLogIntro:
    'Here you see when someone at Kliniksupport read or changed your data, in which role and for which purpose.',

  terminateTitle: 'Terminate the account',
  terminateIntro:
    'If you terminate the account, we stop using your customer history. Before you confirm, we show what is deleted at once and what the law requires us to keep.',
  showPlan: 'Show what happens',
  planDeleted: 'Deleted at once',
  planKept: 'Kept, because the law requires it',
  planKeptNone: 'Nothing is kept: no law requires us to retain your data.',
  planUntil: (date) => `until ${date}`,
  planNewAdmin: (name) => `${name} becomes the company administrator.`,
  planLastContact:
    "You are the company's last contact person: the company's details in the customer account are handled this way too.",
  planRestricted:
    'What is kept is restricted: we use it only for what the law requires and delete it when the period ends.',
  confirmTerminate: 'I understand and want to terminate the account',
  terminateButton: 'Terminate the account',
  terminated:
    'Your account has been terminated. We have sent a letter to your e-mail address with what we deleted and what we keep.',
  mustConfirm: 'Tick the box to confirm.',
};

export const accountTexts: Record<Lang, AccountTexts> = { sv, en };

export function useAccountTexts(): { a: AccountTexts; lang: Lang } {
  const { lang } = useI18n();
  return { a: accountTexts[lang], lang };
}

/** "31 december 2033" / "31 December 2033". */
export function formatDate(iso: string, lang: Lang): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }).format(d);
}
