export {
  openDatabase,
  openPglite,
  openPostgres,
  migrateDatabase,
  MIGRATIONS_FOLDER,
  type Database,
  type Db,
  type Row,
  type BossDb,
  type PgliteSource,
} from './database.ts';
export { bossDbOfTx } from './boss-tx.ts';
export { lockDataDir, DataDirLockedError } from './lock.ts';
export { assertSafeDatabaseRole, databaseRole, UnsafeDatabaseRoleError } from './db-role.ts';
