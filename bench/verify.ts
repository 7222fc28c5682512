import { isDeepStrictEqual } from 'node:util';
import type { Database } from '#src/platform/db/index.ts';
import type { ListStatements } from './same-sql.ts';

type ListBody = { items: { id: string }[]; total: number };

async function getJson(url: string): Promise<ListBody> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as ListBody;
}

/**
 * Both servers must answer the route with the same items (same ids, same order, same fields)
 * and the same total, or the comparison means nothing. Returns the line to print.
 */
export async function verifySameItems(path: string, platformUrl: string, bareUrl: string): Promise<string> {
  const [a, b] = await Promise.all([getJson(platformUrl + path), getJson(bareUrl + path)]);
  const ids = (x: ListBody) => x.items.map((i) => i.id);
  if (!isDeepStrictEqual(ids(a), ids(b)) || a.total !== b.total) {
    throw new Error(`GET ${path}: the platform and the bare route disagree (ids or total)`);
  }
  if (!isDeepStrictEqual(a.items, b.items)) throw new Error(`GET ${path}: same ids, but the item fields differ`);
  if (a.items.length === 0) throw new Error(`GET ${path}: no items; is the catalogue seeded?`);
  return `same items: GET ${path} → platform and bare return the same ${a.items.length} ids in the same order (total ${a.total})`;
}

/**
 * On PGlite, records the statements the platform sends for one request and checks they are
 * the texts the bare route runs.
 */
export async function verifySameSql(database: Database, url: string, expected: ListStatements): Promise<string> {
  const client = database.pglite;
  if (!client) return 'same SQL: (checked on PGlite only)';
  const seen: string[] = [];
  const original = client.query.bind(client);
  Object.assign(client, {
    query: (text: string, ...rest: unknown[]) => {
      seen.push(text);
      return (original as (...a: unknown[]) => unknown)(text, ...rest);
    },
  });
  try {
    await getJson(url);
  } finally {
    delete (client as { query?: unknown }).query;
  }
  const sent = seen.filter((t) => t.includes('"products"')).sort();
  const want = [expected.items.text, expected.total.text].sort();
  if (!isDeepStrictEqual(sent, want)) {
    throw new Error(
      `the platform sent other SQL than the bare route runs:\n${sent.join('\n')}\n---\n${want.join('\n')}`,
    );
  }
  return `same SQL: the platform sent exactly the bare route's ${want.length} statements for ${new URL(url).pathname}${new URL(url).search}`;
}
