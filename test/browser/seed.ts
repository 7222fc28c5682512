import { products } from '#src/modules/catalog/index.ts';
import { createStaffService } from '#src/modules/identity/index.ts';
import type { TestApp } from '../app.ts';
import { TEST_TOTP_SECRET } from '../staff.ts';

export const officer = {
  email: 'dana.dataskydd@kliniksupport.se',
  displayName: 'Dana Dataskydd',
  roles: ['privacy_officer', 'customer_service'],
  password: 'Rätt-lösenord-2026',
};

export const newcomer = {
  email: 'nils.ny@kliniksupport.se',
  displayName: 'Nils Ny',
  roles: ['order_administration'],
  password: 'Engångslösenord-1',
  mustChangePassword: true,
};

/** Two named products plus filler, 26 in all: one more page than the UI's 24. */
export async function seedCatalog(t: TestApp): Promise<void> {
  const base = { descriptionSv: 'Beskrivning', descriptionEn: 'Description', createdAt: t.clock.now() };
  await t.database.db.insert(products).values([
    {
      ...base,
      articleNumber: 'KS-1001',
      nameSv: 'Undersökningshandskar nitril, medium',
      nameEn: 'Nitrile examination gloves, medium',
      priceExVatOre: 123450,
      vatRate: 25,
      stock: 40,
      medicalDevice: true,
      udiDi: '04006381333931',
    },
    {
      ...base,
      articleNumber: 'KS-1002',
      nameSv: 'Kompresser 10 x 10 cm',
      nameEn: 'Gauze swabs 10 x 10 cm',
      priceExVatOre: 4900,
      vatRate: 25,
      stock: 0,
      medicalDevice: false,
    },
    ...Array.from({ length: 24 }, (_, i) => ({
      ...base,
      articleNumber: `KS-2${String(i).padStart(3, '0')}`,
      nameSv: `Spatel trä nr ${i + 1}`,
      nameEn: `Wooden spatula no ${i + 1}`,
      priceExVatOre: 1000 + i,
      vatRate: 25,
      stock: 100,
      medicalDevice: false,
    })),
  ]);
}

export async function seedStaff(t: TestApp): Promise<void> {
  const staff = createStaffService({ db: t.database.db, clock: t.clock });
  // The officer has a second factor (the shared test secret); the newcomer enrols in the UI.
  await staff.totp.enrolKnownSecret(await staff.create(officer), TEST_TOTP_SECRET);
  await staff.create(newcomer);
}
