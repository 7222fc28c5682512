import type { TableInventory } from '#src/modules/privacy/index.ts';
import { erasureInventory, objectionsInventory, privacyInventory } from '#src/modules/privacy/index.ts';
import { identityInventory } from '#src/modules/identity/index.ts';
import { customersInventory } from '#src/modules/customers/index.ts';
import { catalogInventory } from '#src/modules/catalog/index.ts';
import { bookkeepingInventory, invoicesInventory, ordersInventory } from '#src/modules/orders/index.ts';
import { deliveriesInventory } from '#src/modules/orders/index.ts';
import { paymentsInventory } from '#src/modules/orders/index.ts';
import { analyticsInventory } from '#src/modules/analytics/index.ts';
import { marketingInventory } from '#src/modules/marketing/index.ts';

/** The personal-data inventory of the whole platform: every table of every module. */
export const inventory: TableInventory[] = [
  ...privacyInventory,
  ...objectionsInventory,
  ...erasureInventory,
  ...identityInventory,
  ...customersInventory,
  ...catalogInventory,
  ...ordersInventory,
  ...invoicesInventory,
  ...bookkeepingInventory,
  ...deliveriesInventory,
  ...paymentsInventory,
  ...analyticsInventory,
  ...marketingInventory,
];
