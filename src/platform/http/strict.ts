import type { RouteOptions } from 'fastify';

type ZodLike = { _zod?: { def?: { type?: string; catchall?: { _zod?: { def?: { type?: string } } } } } };

/**
 * A route's body and query must reject unknown properties (z.strictObject). Checked when the
 * route is registered, so a lax schema stops the app at start-up instead of slipping through.
 */
export function assertStrictSchemas(route: RouteOptions): void {
  for (const part of ['body', 'querystring'] as const) {
    const schema = route.schema?.[part] as ZodLike | undefined;
    const def = schema?._zod?.def;
    if (def?.type === 'object' && def.catchall?._zod?.def?.type !== 'never') {
      throw new Error(
        `${String(route.method)} ${route.url}: the ${part} schema must reject unknown properties (use z.strictObject)`,
      );
    }
  }
}
