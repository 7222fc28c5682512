/** The privacy kernel: the personal-data inventory, and (to come) purpose-bound access, rights and retention. */
export { accessLog } from './access-log.tables.ts';
export {
  declareTable,
  categoryOfColumn,
  InventoryError,
  type PersonalColumn,
  type TableInventory,
  type TableScope,
} from './inventory.ts';
export { privacyInventory } from './privacy.data.ts';
