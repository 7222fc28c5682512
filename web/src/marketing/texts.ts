import { useI18n } from '../i18n/i18n.tsx';
import type { Lang } from '../i18n/messages.ts';

/** The marketing pages' texts (sign-up, confirmation, withdrawal, consents in the account). Swedish is the reference. */
const sv = {
  signupTitle: 'Nyhetsbrev och erbjudanden',
  signupIntro:
    'Få nyheter och erbjudanden om produkter och tjänster för kliniker från Kliniksupport. Välj hur vi får kontakta dig.',
  nothingSaved:
    'Ingenting sparas när du skickar formuläret. Vi skickar en länk till din e-postadress, och först när du bekräftar med den sparar vi dina uppgifter och ditt samtycke.',
  email: 'E-postadress',
  name: 'Namn (frivilligt)',
  company: 'Företag eller klinik (frivilligt)',
  channelsLegend: 'Jag samtycker till utskick via',
  channelsHint: 'Välj minst ett sätt.',
  textHeading: 'Samtyckestext',
  textVersion: (v: string) => `Version ${v}`,
  textHash: 'SHA-256',
  otherLanguage: 'In English',
  submit: 'Skicka bekräftelselänk',
  sent: 'Tack! Kontrollera din e-post och bekräfta med länken. Länken gäller i 48 timmar. Ingenting har sparats ännu.',
  emailProblem: 'Skriv en e-postadress, till exempel namn@klinik.se.',
  channelsProblem: 'Välj minst ett sätt att kontakta dig.',
  channelNames: { email: 'E-post', sms: 'Sms', post: 'Post', social: 'Sociala medier' } as Record<string, string>,

  confirmTitle: 'Bekräfta din anmälan',
  confirmIntro:
    'Klicka på knappen för att bekräfta ditt samtycke. Först då sparar vi din e-postadress och det du angav.',
  confirmButton: 'Jag bekräftar',
  confirming: 'Bekräftar …',
  confirmed: 'Tack! Ditt samtycke är registrerat.',
  alreadyConfirmed: 'Ditt samtycke var redan registrerat. Ingenting nytt har sparats.',
  confirmedListTitle: 'Det här har du samtyckt till',
  confirmedAt: 'bekräftat',
  withdrawHere: 'Ångrat dig? Du kan återkalla samtycket här, direkt:',
  noToken: 'Länken saknar sin kod. Öppna länken från e-postmeddelandet igen, hela länken.',
  linkInvalid: 'Länken är ogiltig eller ofullständig. Kopiera hela länken från e-postmeddelandet.',
  linkExpired: 'Länken har gått ut (den gäller i 48 timmar). Anmäl dig gärna igen.',
  signupAgain: 'Till anmälan',

  withdrawTitle: 'Återkalla samtycke',
  withdrawIntro: 'Klicka på knappen så slutar vi genast skicka marknadsföring till dig.',
  withdrawButton: 'Återkalla mitt samtycke',
  withdrawn:
    'Ditt samtycke är återkallat och gäller från och med nu. Dina uppgifter raderas snarast och senast inom sex månader.',

  consentsTitle: 'Samtycken',
  consentsIntro:
    'Här ser du vilka samtycken till marknadsföring du har lämnat, med exakt den text du godkände. Du kan återkalla ett samtycke lika enkelt som du gav det.',
  consentsNone: 'Du har inte lämnat något samtycke.',
  giveLegend: 'Lämna samtycke till utskick via',
  giveButton: 'Lämna samtycke',
  given: 'Ditt samtycke är registrerat.',
  withdrawOne: 'Återkalla',
  withdrawnAt: 'återkallat',
  givenAt: 'lämnat',
  showText: 'Visa texten du godkände',
  withdrawnOne: 'Samtycket är återkallat. Det gäller direkt.',
};

const en: typeof sv = {
  signupTitle: 'Newsletter and offers',
  signupIntro:
    'Get news and offers about products and services for clinics from Kliniksupport. Choose how we may contact you.',
  nothingSaved:
    'Nothing is saved when you send the form. We send a link to your e-mail address, and only when you confirm with it do we save your details and your consent.',
  email: 'E-mail address',
  name: 'Name (optional)',
  company: 'Company or clinic (optional)',
  channelsLegend: 'I consent to mailings by',
  channelsHint: 'Choose at least one.',
  textHeading: 'Consent text',
  textVersion: (v: string) => `Version ${v}`,
  textHash: 'SHA-256',
  otherLanguage: 'På svenska',
  submit: 'Send confirmation link',
  sent: 'Thank you! Check your e-mail and confirm with the link. The link is valid for 48 hours. Nothing has been saved yet.',
  emailProblem: 'Enter an e-mail address, for example name@clinic.se.',
  channelsProblem: 'Choose at least one way to contact you.',
  channelNames: { email: 'E-mail', sms: 'Text message', post: 'Post', social: 'Social media' },

  confirmTitle: 'Confirm your sign-up',
  confirmIntro: 'Click the button to confirm your consent. Only then do we save your e-mail address and what you gave.',
  confirmButton: 'I confirm',
  confirming: 'Confirming …',
  confirmed: 'Thank you! Your consent is registered.',
  alreadyConfirmed: 'Your consent was already registered. Nothing new has been saved.',
  confirmedListTitle: 'What you have consented to',
  confirmedAt: 'confirmed',
  withdrawHere: 'Changed your mind? You can withdraw your consent here, at once:',
  noToken: 'The link is missing its code. Open the link from the e-mail again, the whole link.',
  linkInvalid: 'The link is invalid or incomplete. Copy the whole link from the e-mail.',
  linkExpired: 'The link has expired (it is valid for 48 hours). You are welcome to sign up again.',
  signupAgain: 'To the sign-up',

  withdrawTitle: 'Withdraw consent',
  withdrawIntro: 'Click the button and we stop sending you marketing at once.',
  withdrawButton: 'Withdraw my consent',
  withdrawn:
    'Your consent is withdrawn, effective now. Your details are deleted as soon as possible and within six months at the latest.',

  consentsTitle: 'Consents',
  consentsIntro:
    'The consents to marketing you have given, with exactly the text you agreed to. You can withdraw a consent as easily as you gave it.',
  consentsNone: 'You have not given any consent.',
  giveLegend: 'Give consent to mailings by',
  giveButton: 'Give consent',
  given: 'Your consent is registered.',
  withdrawOne: 'Withdraw',
  withdrawnAt: 'withdrawn',
  givenAt: 'given',
  showText: 'Show the text you agreed to',
  withdrawnOne: 'The consent is withdrawn, effective at once.',
};

export const marketingTexts: Record<Lang, typeof sv> = { sv, en };

export function useMarketingTexts() {
  const { lang } = useI18n();
  return { m: marketingTexts[lang], lang };
}
