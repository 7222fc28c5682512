import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { RightsRequestError } from './rights.errors.ts';
import type { IdentityVerifier, OfficerFinding } from './rights.identity.ts';
import { hashPersonnummer, normalisePersonnummer } from './rights.personnummer.ts';
import type { VerificationMethod } from './rights.records.codes.ts';
import { rightsRequestVerifications as v } from './rights.records.tables.ts';
import type { RightsService } from './rights.service.ts';

export type VerificationDeps = {
  db: Db;
  clock: Clock;
  rights: Pick<RightsService, 'get'>;
  verifiers: readonly IdentityVerifier[];
  /** PERSONNUMMER_HMAC_KEY. */
  personnummerKey: string;
};

/** A verification as staff see it: never the personnummer or its hash, only whether one was given. */
export type VerificationView = {
  id: string;
  method: VerificationMethod;
  status: 'pending' | 'verified' | 'failed';
  reference: string | null;
  personnummerGiven: boolean;
  startedAt: Date;
  startedBy: string | null;
  completedAt: Date | null;
  completedBy: string | null;
};

const columns = {
  id: v.id,
  method: v.method,
  status: v.status,
  reference: v.reference,
  personnummerHash: v.personnummerHash,
  startedAt: v.startedAt,
  startedBy: v.startedBy,
  completedAt: v.completedAt,
  completedBy: v.completedBy,
  requestId: v.requestId,
};

function viewOf(
  row: { personnummerHash: string | null; requestId: string } & Omit<VerificationView, 'personnummerGiven'>,
): VerificationView {
  const { personnummerHash, requestId: _requestId, ...rest } = row;
  return { ...rest, personnummerGiven: personnummerHash !== null };
}

/**
 * How a request's person was verified: a verifier is started (its reference and instructions),
 * then its outcome collected and recorded with who recorded it and when. A personnummer, if the
 * person gave one, is checked (date, Luhn) and kept only as its keyed hash.
 */
export function createVerifications(deps: VerificationDeps) {
  const { db, clock } = deps;
  const verifier = (method: string) => {
    const found = deps.verifiers.find((x) => x.id === method);
    if (!found) throw new RightsRequestError('not_found', 'Ingen sådan metod / No such method');
    return found;
  };

  return {
    methods: () => deps.verifiers.map((x) => ({ id: x.id, label: x.label })),

    async list(requestId: string): Promise<VerificationView[]> {
      const rows = await db.select(columns).from(v).where(eq(v.requestId, requestId)).orderBy(asc(v.startedAt));
      return rows.map(viewOf);
    },

    async start(requestId: string, method: VerificationMethod, staffId: string) {
      const request = await deps.rights.get(requestId);
      if (request.completedAt)
        throw new RightsRequestError('closed', 'Begäran är redan avslutad / The request is already closed');
      const now = clock.now();
      const started = await verifier(method).start({ requestId, contactId: request.contactId, startedAt: now, now });
      const [row] = await db
        .insert(v)
        .values({ requestId, method, reference: started.reference, startedAt: now, startedBy: staffId })
        .returning(columns);
      return { verification: viewOf(row!), instructions: started.instructions };
    },

    async collect(
      requestId: string,
      verificationId: string,
      input: OfficerFinding & { personnummer?: string | undefined },
      staffId: string | null,
    ): Promise<VerificationView> {
      const request = await deps.rights.get(requestId);
      const [row] = await db
        .select(columns)
        .from(v)
        .where(and(eq(v.id, verificationId), eq(v.requestId, requestId)));
      if (!row) throw new RightsRequestError('not_found', 'Ingen sådan identitetskontroll / No such verification');
      if (row.status !== 'pending')
        throw new RightsRequestError(
          'verification_done',
          'Utfallet är redan registrerat / The outcome is already recorded',
        );
      const now = clock.now();
      let hash: string | null = row.personnummerHash;
      if (input.personnummer) {
        const twelve = normalisePersonnummer(input.personnummer, now);
        if (!twelve)
          throw new RightsRequestError(
            'bad_personnummer',
            'inte ett giltigt personnummer (10 eller 12 siffror, kontrollsiffra) / not a valid personnummer (10 or 12 digits, check digit)',
            'personnummer',
          );
        hash = hashPersonnummer(twelve, deps.personnummerKey);
      }
      const result = await verifier(row.method).collect(
        { requestId, contactId: request.contactId, startedAt: row.startedAt, now, reference: row.reference },
        input,
      );
      const done = result.status !== 'pending';
      const [updated] = await db
        .update(v)
        .set({
          status: result.status,
          personnummerHash: hash,
          completedAt: done ? now : null,
          completedBy: done ? staffId : null,
        })
        .where(eq(v.id, verificationId))
        .returning(columns);
      return viewOf(updated!);
    },

    /** A request made in the signed-in account is verified by that sign-in. */
    async verifiedByAccount(requestId: string): Promise<void> {
      const now = clock.now();
      await db
        .insert(v)
        .values({ requestId, method: 'account_session', status: 'verified', startedAt: now, completedAt: now });
    },
  };
}

export type Verifications = ReturnType<typeof createVerifications>;
