import { eq, sql } from 'drizzle-orm';
import { declareRetention } from '#src/modules/privacy/index.ts';
import { truncateIp } from './security-events.ts';
import { securityEvents } from './security-events.tables.ts';

/** §4e: a security event keeps the client's address in full for 30 days, then its network only. */
export const identityRetention = [
  declareRetention({
    id: 'identity.security_ips',
    module: 'identity',
    rule: 'security_ip_30d',
    table: securityEvents,
    key: securityEvents.id,
    anchor: securityEvents.at,
    action: 'minimize',
    pending: sql`${securityEvents.ip} is not null and ${securityEvents.ipTruncatedAt} is null`,
    async apply(tx, ids, asOf) {
      const rows = await tx
        .select({ id: securityEvents.id, ip: securityEvents.ip })
        .from(securityEvents)
        .where(sql`${securityEvents.id} = any(${sql.param(ids)}::uuid[])`);
      for (const r of rows)
        await tx
          .update(securityEvents)
          .set({ ip: r.ip ? truncateIp(r.ip) : null, ipTruncatedAt: asOf })
          .where(eq(securityEvents.id, r.id));
    },
    what: {
      sv: 'IP-adresser i säkerhetshändelser förkortas (IPv4 /24, IPv6 /48)',
      en: 'IP addresses in security events are truncated (IPv4 /24, IPv6 /48)',
    },
  }),
];
