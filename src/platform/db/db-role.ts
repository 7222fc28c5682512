import type { Database } from './database.ts';

/**
 * The platform refuses to run in production as a PostgreSQL role that row-level security and
 * privileges cannot hold: a superuser (bypasses every check, can rewrite the append-only access
 * log) or a role with BYPASSRLS. Connect as a plain role that owns the schema (see README).
 */
export class UnsafeDatabaseRoleError extends Error {
  readonly role: string;
  constructor(role: string, problems: string[]) {
    super(
      `DATABASE_URL: the database role "${role}" ${problems.join(' and ')}; refusing to start in production. ` +
        'Connect as a role without SUPERUSER and BYPASSRLS (e.g. create role kliniksupport_app login; grant it the database).',
    );
    this.name = 'UnsafeDatabaseRoleError';
    this.role = role;
  }
}

/** The connected role's dangerous attributes, from pg_roles. */
export async function databaseRole(
  database: Pick<Database, 'query'>,
): Promise<{ role: string; superuser: boolean; bypassRls: boolean }> {
  const [row] = await database.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
    'select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
  );
  if (!row) throw new Error('pg_roles has no row for current_user');
  return { role: row.rolname, superuser: row.rolsuper, bypassRls: row.rolbypassrls };
}

/** Throws UnsafeDatabaseRoleError when the connected role is a superuser or bypasses row-level security. */
export async function assertSafeDatabaseRole(database: Pick<Database, 'query'>): Promise<void> {
  const r = await databaseRole(database);
  const problems = [
    ...(r.superuser ? ['is a superuser'] : []),
    ...(r.bypassRls ? ['bypasses row-level security (BYPASSRLS)'] : []),
  ];
  if (problems.length) throw new UnsafeDatabaseRoleError(r.role, problems);
}
