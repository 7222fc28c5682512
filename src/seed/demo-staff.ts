/**
 * One demo staff user per role (§9). The passwords are printed in the README and the demo
 * start-up banner: they exist only in demo data, which production refuses to seed.
 */
import { createHash } from 'node:crypto';
import { Secret } from 'otpauth';

export type DemoStaff = { email: string; displayName: string; roles: string[]; password: string };

/**
 * The demo staff's TOTP secret (base32), derived from the address so every demo install has the
 * same one: printed at start-up in demo mode only, like the passwords.
 */
export const demoTotpSecret = (email: string): string =>
  new Secret({
    buffer: new Uint8Array(createHash('sha256').update(`kliniksupport-demo-totp:${email}`).digest().subarray(0, 20))
      .buffer,
  }).base32;

// prettier-ignore
export const DEMO_STAFF: readonly DemoStaff[] = [
  { email: 'kundtjanst@demo.kliniksupport.se', displayName: 'Sara Lindberg (kundtjänst)', roles: ['customer_service'], password: 'Demo-Kundtjanst-2026' },
  { email: 'orderadministration@demo.kliniksupport.se', displayName: 'Johan Eklund (orderadministration)', roles: ['order_administration'], password: 'Demo-Orderadministration-2026' },
  { email: 'marknad@demo.kliniksupport.se', displayName: 'Maja Sjöberg (marknad)', roles: ['marketing'], password: 'Demo-Marknadsforing-2026' },
  { email: 'ekonomi@demo.kliniksupport.se', displayName: 'Per Håkansson (ekonomi)', roles: ['finance'], password: 'Demo-Ekonomi-Bokforing-2026' },
  { email: 'integritet@demo.kliniksupport.se', displayName: 'Karin Öberg (dataskyddsombud)', roles: ['privacy_officer'], password: 'Demo-Integritet-2026' },
  { email: 'sakerhet@demo.kliniksupport.se', displayName: 'Mikael Forsberg (säkerhet)', roles: ['security'], password: 'Demo-Sakerhet-2026' },
  { email: 'drift@demo.kliniksupport.se', displayName: 'Linnéa Wallin (systemadministration)', roles: ['system_administration'], password: 'Demo-Systemadministration-2026' },
];
