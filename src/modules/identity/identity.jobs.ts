import { lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { defineJob } from '#src/platform/jobs/index.ts';
import { staffSessions } from './identity.tables.ts';
import { STAFF_ABSOLUTE_MS, STAFF_IDLE_MS } from './staff.service.ts';

/** Deletes staff sessions that have ended (idle or too old), every quarter hour. */
export const purgeEndedSessionsJob = ({ db, clock }: { db: Db; clock: Clock }) =>
  defineJob({
    name: 'identity.purge-ended-sessions',
    schema: z.object({}).nullable(),
    cron: '*/15 * * * *',
    retryLimit: 2,
    async handler(_data, { log }) {
      const deleted = await purgeEndedSessions(db, clock.now());
      log.info({ deleted }, 'ended staff sessions purged');
    },
  });

export async function purgeEndedSessions(db: Db, now: Date): Promise<number> {
  const rows = await db
    .delete(staffSessions)
    .where(
      or(
        lt(staffSessions.lastSeenAt, new Date(now.getTime() - STAFF_IDLE_MS)),
        lt(staffSessions.createdAt, new Date(now.getTime() - STAFF_ABSOLUTE_MS)),
      ),
    )
    .returning({ id: staffSessions.id });
  return rows.length;
}
