import { api } from '../api.ts';
import type { StaffMe } from './staff.ts';

/** POST /api/staff/session/second-factor, /api/staff/second-factor/enrolment[/confirm] (identity module). */
export const secondFactor = (body: { code: string } | { recoveryCode: string }) =>
  api<StaffMe>('POST', '/api/staff/session/second-factor', body);
export const startEnrolment = () =>
  api<{ secret: string; otpauthUri: string }>('POST', '/api/staff/second-factor/enrolment');
export const confirmEnrolment = (code: string) =>
  api<{ recoveryCodes: string[] }>('POST', '/api/staff/second-factor/enrolment/confirm', { code });

/** Two-step verification in the back office, Swedish first. */
export const twoFactorTexts = {
  sv: {
    title: 'Tvåstegsverifiering',
    intro: 'Ange den sexsiffriga koden från din autentiseringsapp.',
    code: 'Kod från appen',
    codeHint: 'Sex siffror. Koden byts var 30:e sekund.',
    codeInvalid: 'Ange sex siffror.',
    recoveryCode: 'Återställningskod',
    recoveryHint: 'En av de tio koder du sparade när du aktiverade tvåstegsverifiering. Varje kod fungerar en gång.',
    recoveryRequired: 'Ange en återställningskod.',
    useRecovery: 'Använd en återställningskod i stället',
    useApp: 'Använd en kod från appen i stället',
    wrongCode: 'Fel eller redan använd kod. Vänta på nästa kod och försök igen.',
    expired: 'Inloggningen tog för lång tid. Logga in igen.',
    verify: 'Verifiera',
    cancel: 'Avbryt',
    enrolTitle: 'Aktivera tvåstegsverifiering',
    enrolIntro:
      'Innan du kommer åt något annat måste du aktivera tvåstegsverifiering. Lägg in hemligheten nedan i en autentiseringsapp (till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP) och ange sedan koden appen visar.',
    enrolStart: 'Visa min hemlighet',
    secret: 'Hemlighet (skriv in i appen)',
    uri: 'Länk för appen (otpauth)',
    secretOnce: 'Hemligheten visas bara nu.',
    confirm: 'Aktivera',
    recoveryTitle: 'Dina återställningskoder',
    recoveryIntro:
      'Spara koderna på ett säkert ställe, till exempel utskrivna. Med en kod kan du logga in om du inte har telefonen. Varje kod fungerar en gång. Koderna visas bara nu.',
    recoveryDone: 'Jag har sparat koderna',
  },
  en: {
    title: 'Two-step verification',
    intro: 'Enter the six-digit code from your authenticator app.',
    code: 'Code from the app',
    codeHint: 'Six digits. The code changes every 30 seconds.',
    codeInvalid: 'Enter six digits.',
    recoveryCode: 'Recovery code',
    recoveryHint: 'One of the ten codes you saved when you set up two-step verification. Each code works once.',
    recoveryRequired: 'Enter a recovery code.',
    useRecovery: 'Use a recovery code instead',
    useApp: 'Use a code from the app instead',
    wrongCode: 'Wrong or already used code. Wait for the next code and try again.',
    expired: 'Signing in took too long. Sign in again.',
    verify: 'Verify',
    cancel: 'Cancel',
    enrolTitle: 'Set up two-step verification',
    enrolIntro:
      'Before you can reach anything else you must set up two-step verification. Add the secret below to an authenticator app (for example Microsoft Authenticator, Google Authenticator or FreeOTP), then enter the code the app shows.',
    enrolStart: 'Show my secret',
    secret: 'Secret (type it into the app)',
    uri: 'Link for the app (otpauth)',
    secretOnce: 'The secret is shown only now.',
    confirm: 'Set up',
    recoveryTitle: 'Your recovery codes',
    recoveryIntro:
      'Keep the codes somewhere safe, for example printed. A code lets you sign in without your phone. Each code works once. The codes are shown only now.',
    recoveryDone: 'I have saved the codes',
  },
};
