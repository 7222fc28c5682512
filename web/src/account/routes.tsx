import type { ReactNode } from 'react';
import './account.css';
import { AccountPage } from './AccountPage.tsx';
import { RegisterPage } from './RegisterPage.tsx';
import { SignInPage } from './SignInPage.tsx';
import { VerifyPage } from './VerifyPage.tsx';
import { ResetRequestPage } from './ResetRequestPage.tsx';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';
import { ConfirmEmailPage } from './ConfirmEmailPage.tsx';
import { AcceptInvitationPage } from './AcceptInvitationPage.tsx';
import { PrivacyPage } from './PrivacyPage.tsx';

/** The customer account's pages under /konto; null for any other path. Links in letters lead here. */
export function accountRoute(path: string): ReactNode | null {
  switch (path) {
    case '/konto':
      return <AccountPage />;
    case '/konto/registrera':
      return <RegisterPage />;
    case '/konto/logga-in':
      return <SignInPage />;
    case '/konto/verifiera':
      return <VerifyPage />;
    case '/konto/aterstall':
      return <ResetRequestPage />;
    case '/konto/nytt-losenord':
      return <ResetPasswordPage />;
    case '/konto/ny-e-post':
      return <ConfirmEmailPage />;
    case '/konto/inbjudan':
      return <AcceptInvitationPage />;
    case '/konto/integritet':
      return <PrivacyPage />;
    default:
      return null;
  }
}
