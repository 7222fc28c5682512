import type { ReactNode } from 'react';
import './marketing.css';
import { ConfirmPage } from './ConfirmPage.tsx';
import { SignupPage } from './SignupPage.tsx';
import { WithdrawPage } from './WithdrawPage.tsx';

/** The public marketing pages under /nyhetsbrev; null for any other path. The links in mails lead here. */
export function marketingRoute(path: string): ReactNode | null {
  switch (path) {
    case '/nyhetsbrev':
      return <SignupPage />;
    case '/nyhetsbrev/bekrafta':
      return <ConfirmPage />;
    case '/nyhetsbrev/aterkalla':
      return <WithdrawPage />;
    default:
      return null;
  }
}
