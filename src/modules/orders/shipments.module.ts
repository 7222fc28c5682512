import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { App } from '#src/platform/http/index.ts';
import type { AppModule } from '#src/platform/module/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Jobs } from '#src/platform/jobs/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { PurposeAccess, StaffActor } from '#src/modules/privacy/index.ts';
import { createCarrierClient, type CarrierClient } from './carrier/carrier.client.ts';
import { createShipmentsService } from './shipments.service.ts';
import { registerOrdersStaffRoutes } from './shipments.staff.routes.ts';
import { registerCarrierWebhookRoute } from './shipments.webhook.routes.ts';
import { registerRecallRoutes } from './recalls.routes.ts';
import { registerNoticeRoutes } from './recalls.notices.routes.ts';
import { recallNoticeJob, type RecallJobDeps } from './recalls.jobs.ts';

/** Deliveries and recalls: their job (recall notices by e-mail) and the clauses they enforce. */
export const deliveriesModule = (deps: RecallJobDeps): AppModule => ({
  name: 'orders.deliveries',
  jobs: [recallNoticeJob(deps)],
  enforces: [
    {
      clause: 'purpose:a.orders',
      what: 'Order administration: orders read through purpose-bound access (access log, need-to-know fields); shipping books the carrier with name, address and phone only, and records the disclosure',
    },
    {
      clause: 'purpose:g.legal_obligations',
      what: 'Recall of a lot: every customer who received it (shipment lines) gets a notice by e-mail and in the account, whatever their marketing choices; the notice and its delivery are recorded',
    },
    {
      clause: 'retention:mdr_device_supply',
      what: 'Shipping a medical device writes its supply record (clinic, device, lot, date, address) to device_supplies, declared under the MDR retention rule',
    },
  ],
});

export type CarrierSettings = {
  apiUrl: string | undefined;
  apiKey: string;
  webhookSecret: string;
  trackingUrl: string | undefined;
};

/** The carrier adapter for the settings; without an API address every booking is refused (503). */
export function carrierFor(settings: CarrierSettings): CarrierClient {
  if (!settings.apiUrl) {
    return {
      name: 'nshift',
      serviceId: 'P19',
      book: async () => {
        throw new AppError('unavailable', 'Ingen transportör är inställd / No carrier is configured (CARRIER_API_URL)');
      },
    };
  }
  // The local carrier serves its own tracking page beside its API.
  const trackingUrl =
    settings.trackingUrl ?? `${settings.apiUrl.replace(/\/rs-extapi\/v1$/, '')}/track/{trackingNumber}`;
  return createCarrierClient({ apiUrl: settings.apiUrl, apiKey: settings.apiKey, trackingUrl });
}

/** Registers order administration, the carrier webhook, recalls and the account's notices. */
export async function registerDeliveries(
  app: App,
  deps: {
    db: Db;
    clock: Clock;
    jobs: Pick<Jobs, 'send'>;
    mail: Pick<MailService, 'queue'>;
    access: PurposeAccess;
    staff: { requireActiveStaff: preHandlerAsyncHookHandler; actorOf: (req: FastifyRequest) => StaffActor };
    requireCustomer: preHandlerAsyncHookHandler;
    carrier: CarrierSettings;
    publicUrl: string;
  },
): Promise<void> {
  const carrier = carrierFor(deps.carrier);
  const shipments = createShipmentsService({ db: deps.db, clock: deps.clock, carrier, mail: deps.mail });
  registerOrdersStaffRoutes(app, { db: deps.db, access: deps.access, auth: deps.staff, shipments });
  await registerCarrierWebhookRoute(app, {
    db: deps.db,
    clock: deps.clock,
    carrier: carrier.name,
    secret: deps.carrier.webhookSecret,
  });
  registerRecallRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    access: deps.access,
    auth: deps.staff,
    jobs: deps.jobs,
    noticeJob: recallNoticeJob({ db: deps.db, clock: deps.clock, publicUrl: deps.publicUrl }),
  });
  registerNoticeRoutes(app, { db: deps.db, clock: deps.clock, requireCustomer: deps.requireCustomer });
}
