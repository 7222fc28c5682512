import { AppError } from '#src/platform/errors/index.ts';

/** What can go wrong in the marketing module; no message carries personal data or the token. */
export type MarketingFailure =
  'token_invalid' | 'token_expired' | 'text_changed' | 'consent_not_found' | 'mail_unavailable';

export function marketingError(failure: MarketingFailure, field = 'token'): AppError {
  switch (failure) {
    case 'token_invalid':
      return new AppError(
        'validation',
        'token: länken är ogiltig eller ofullständig – kopiera hela länken från e-postmeddelandet / the link is invalid or incomplete – copy the whole link from the e-mail',
        [{ field, message: 'invalid' }],
      );
    case 'token_expired':
      return new AppError(
        'validation',
        'token: länken har gått ut (den gäller i 48 timmar) – anmäl dig igen / the link has expired (it is valid for 48 hours) – please sign up again',
        [{ field, message: 'expired' }],
      );
    case 'text_changed':
      return new AppError(
        'conflict',
        `${field}: samtyckestexten har ändrats – läs den nya texten och försök igen / the consent text has changed – read the new text and try again`,
        [{ field, message: 'not the current version' }],
      );
    case 'consent_not_found':
      return new AppError('not_found', 'Samtycket finns inte / No such consent');
    case 'mail_unavailable':
      return new AppError(
        'unavailable',
        'E-postmeddelandet kunde inte skickas just nu. Ingenting har sparats – försök igen om en stund. / The e-mail could not be sent right now. Nothing has been saved – please try again shortly.',
      );
  }
}
