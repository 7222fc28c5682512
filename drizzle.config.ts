import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations in ./drizzle from every module's *.tables.ts.
// Generated migrations are committed and never edited after they land.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/*.tables.ts',
  out: './drizzle',
});
