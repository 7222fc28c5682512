import type { ReactNode } from 'react';
import './shop.css';
import './cart.ts';
import { CartPage } from './CartPage.tsx';
import { CheckoutPage } from './CheckoutPage.tsx';
import { ConfirmationPage } from './ConfirmationPage.tsx';
import { OrdersPage } from '../account/OrdersPage.tsx';
import { OrderDetailPage } from '../account/OrderDetailPage.tsx';

/** The shop's pages (cart, checkout, confirmation) and the account's order history; null otherwise. */
export function shopRoute(path: string): ReactNode | null {
  if (path === '/varukorg') return <CartPage />;
  if (path === '/kassa') return <CheckoutPage />;
  if (path.startsWith('/kassa/tack/')) return <ConfirmationPage orderNumber={decodeURIComponent(path.slice(12))} />;
  if (path === '/konto/ordrar') return <OrdersPage />;
  if (path.startsWith('/konto/ordrar/')) return <OrderDetailPage orderNumber={decodeURIComponent(path.slice(14))} />;
  return null;
}
