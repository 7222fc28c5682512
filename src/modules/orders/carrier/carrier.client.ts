import { AppError } from '#src/platform/errors/index.ts';
import {
  nshiftShipmentInfoSchema,
  nshiftStatusListSchema,
  type BookingInput,
  type CarrierBooking,
  type NshiftShipmentRequest,
} from './carrier.types.ts';

export type CarrierClientOptions = {
  /** nShift's REST base, e.g. https://api.unifaun.com/rs-extapi/v1 (CARRIER_API_URL). */
  apiUrl: string;
  /** `<id>-<secret>` (CARRIER_API_KEY). */
  apiKey: string;
  /** The public tracking page, `{trackingNumber}` replaced (CARRIER_TRACKING_URL). */
  trackingUrl: string;
  /** The carrier service booked: P19 is PostNord MyPack Collect in nShift's service codes. */
  serviceId?: string;
  /** Our sender address as stored in the nShift account (its quick id). */
  senderQuickId?: string;
  timeoutMs?: number;
};

export type CarrierClient = {
  readonly name: string;
  readonly serviceId: string;
  book(input: BookingInput): Promise<CarrierBooking>;
};

/** The carrier adapter: books shipments through nShift Delivery's REST API. */
export function createCarrierClient(opts: CarrierClientOptions): CarrierClient {
  const serviceId = opts.serviceId ?? 'P19';
  const base = opts.apiUrl.replace(/\/+$/, '');
  return {
    name: 'nshift',
    serviceId,
    async book(input) {
      const body: NshiftShipmentRequest = {
        pdfConfig: { target1Media: 'laser-a5', target1XOffset: 0, target1YOffset: 0 },
        shipment: {
          sender: { quickId: opts.senderQuickId ?? '1' },
          receiver: {
            name: input.receiver.name,
            address1: input.receiver.street,
            zipcode: input.receiver.postalCode.replace(/\s+/g, ''),
            city: input.receiver.city,
            country: input.receiver.country,
            ...(input.receiver.phone ? { phone: input.receiver.phone, mobile: input.receiver.phone } : {}),
            ...(input.receiver.contact ? { contact: input.receiver.contact } : {}),
          },
          service: { id: serviceId },
          parcels: [{ copies: input.parcels, weight: input.weightKg, contents: 'Kliniktillbehör' }],
          orderNo: input.orderNumber,
          senderReference: input.reference,
        },
      };
      let res: Response;
      try {
        res = await fetch(`${base}/shipments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${opts.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
        });
      } catch {
        throw new AppError('unavailable', 'Transportören svarar inte / The carrier does not answer');
      }
      const json: unknown = await res.json().catch(() => null);
      if (res.status === 422) {
        const problems = nshiftStatusListSchema.safeParse(json);
        const fields = (problems.success ? problems.data : [])
          .filter((p) => p.type === 'error')
          .map((p) => ({ field: `carrier.${p.field ?? p.location ?? 'shipment'}`, message: p.message }));
        throw new AppError(
          'validation',
          `Transportören godtog inte leveransuppgifterna / The carrier refused the delivery details: ${fields
            .map((f) => f.field)
            .join(', ')}`,
          fields,
        );
      }
      if (res.status === 401 || res.status === 403) {
        throw new AppError('unavailable', 'Transportören godtog inte vår API-nyckel / The carrier refused our API key');
      }
      if (res.status !== 201 && res.status !== 200) {
        throw new AppError('unavailable', `Transportören svarade ${res.status} / The carrier answered ${res.status}`);
      }
      const parsed = nshiftShipmentInfoSchema.array().min(1).safeParse(json);
      if (!parsed.success)
        throw new AppError('unavailable', 'Oväntat svar från transportören / Unexpected carrier answer');
      const info = parsed.data[0]!;
      return {
        carrierShipmentId: info.id,
        trackingNumber: info.shipmentNo,
        parcelNumber: info.parcels[0]!.parcelNo,
        labelRef: info.pdfs?.[0]?.href ?? null,
        trackingUrl: opts.trackingUrl.replace('{trackingNumber}', encodeURIComponent(info.shipmentNo)),
      };
    },
  };
}
