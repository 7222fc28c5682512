import { api } from '../api.ts';

/** GET/POST /api/staff/users… (src/modules/identity/staff-admin.routes.ts): system administrators only. */
export type StaffRow = {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  mustChangePassword: boolean;
  secondFactorEnrolled: boolean;
  disabled: boolean;
};

export const listStaff = (signal?: AbortSignal) =>
  api<{ items: StaffRow[] }>('GET', '/api/staff/users', undefined, signal);
export const createStaff = (body: { email: string; displayName: string; roles: string[] }) =>
  api<{ id: string; email: string; oneTimePassword: string }>('POST', '/api/staff/users', body);
export const setStaffRoles = (id: string, roles: string[]) =>
  api<void>('POST', `/api/staff/users/${encodeURIComponent(id)}/roles`, { roles });
export const disableStaff = (id: string) => api<void>('POST', `/api/staff/users/${encodeURIComponent(id)}/disable`);
export const resetSecondFactor = (id: string) =>
  api<void>('POST', `/api/staff/users/${encodeURIComponent(id)}/second-factor/reset`);

/** Staff and role management, Swedish first. */
export const staffTexts = {
  sv: {
    title: 'Personal och roller',
    intro: 'Varje ändring registreras som en säkerhetshändelse med dig som utförare.',
    caption: 'Personal',
    name: 'Namn',
    email: 'E-postadress',
    roles: 'Roller',
    status: 'Status',
    actions: 'Åtgärder',
    active: 'Aktiv',
    disabled: 'Avstängd',
    twoFactorOn: 'Tvåsteg aktiverat',
    twoFactorOff: 'Tvåsteg ej aktiverat',
    mustChange: 'Engångslösenord ej bytt',
    saveRoles: 'Spara roller',
    rolesFor: (name: string) => `Roller för ${name}`,
    reset2fa: 'Återställ tvåsteg',
    disable: 'Stäng av',
    confirmDisable: (name: string) => `Stänga av ${name}? Alla inloggningar avslutas direkt.`,
    confirmReset: (name: string) => `Återställa tvåstegsverifieringen för ${name}? Inloggningarna avslutas.`,
    saved: 'Sparat.',
    createTitle: 'Lägg till personal',
    create: 'Lägg till',
    rolesRequired: 'Välj minst en roll.',
    nameRequired: 'Ange ett namn.',
    emailInvalid: 'Ange en giltig e-postadress.',
    created: (email: string) => `${email} har lagts till. Engångslösenordet visas bara nu:`,
    createdNext: 'Personen byter lösenord och aktiverar tvåstegsverifiering vid första inloggningen.',
  },
  en: {
    title: 'Staff and roles',
    intro: 'Every change is recorded as a security event naming you.',
    caption: 'Staff',
    name: 'Name',
    email: 'E-mail address',
    roles: 'Roles',
    status: 'Status',
    actions: 'Actions',
    active: 'Active',
    disabled: 'Disabled',
    twoFactorOn: 'Two-step on',
    twoFactorOff: 'Two-step not set up',
    mustChange: 'One-time password not changed',
    saveRoles: 'Save roles',
    rolesFor: (name: string) => `Roles of ${name}`,
    reset2fa: 'Reset two-step',
    disable: 'Disable',
    confirmDisable: (name: string) => `Disable ${name}? Every session ends at once.`,
    confirmReset: (name: string) => `Reset two-step verification of ${name}? Their sessions end.`,
    saved: 'Saved.',
    createTitle: 'Add staff',
    create: 'Add',
    rolesRequired: 'Choose at least one role.',
    nameRequired: 'Enter a name.',
    emailInvalid: 'Enter a valid e-mail address.',
    created: (email: string) => `${email} has been added. The one-time password is shown only now:`,
    createdNext: 'They change the password and set up two-step verification at first sign-in.',
  },
};
