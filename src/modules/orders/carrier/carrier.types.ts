import { z } from 'zod';

/**
 * The subset of nShift Delivery's REST API (formerly Unifaun Online, `…/rs-extapi/v1`) that the
 * platform uses: `POST /shipments` creates and prints a shipment and answers with the shipment's
 * id, its shipment number (the tracking number), its parcels' numbers and the label documents
 * (`pdfs[].href`, kept by nShift for one hour). Authentication is the API key as a bearer token
 * (`Authorization: Bearer <id>-<secret>`). A 422 answer lists what was wrong, field by field.
 */
export type NshiftParty = {
  name: string;
  address1: string;
  zipcode: string;
  city: string;
  country: string;
  phone?: string;
  mobile?: string;
  contact?: string;
};

export type NshiftShipmentRequest = {
  pdfConfig: { target1Media: string; target1XOffset: number; target1YOffset: number };
  shipment: {
    sender: { quickId: string };
    receiver: NshiftParty;
    service: { id: string };
    parcels: { copies: number; weight: number; contents: string }[];
    orderNo: string;
    senderReference: string;
  };
};

export const nshiftShipmentInfoSchema = z.object({
  id: z.string().min(1),
  href: z.string(),
  status: z.string().optional(),
  shipmentNo: z.string().min(1),
  orderNo: z.string().nullish(),
  parcels: z.array(z.object({ parcelNo: z.string().min(1) })).min(1),
  pdfs: z.array(z.object({ id: z.string(), href: z.string(), description: z.string().nullish() })).nullish(),
});

/** 422: the request did not validate (nShift's status list). */
export const nshiftStatusListSchema = z.array(
  z.object({ message: z.string(), field: z.string().nullish(), location: z.string().nullish(), type: z.string() }),
);

/** What the platform gets back from a booking. */
export type CarrierBooking = {
  carrierShipmentId: string;
  trackingNumber: string;
  parcelNumber: string;
  labelRef: string | null;
  trackingUrl: string;
};

/** What the carrier needs to deliver — and nothing else (no e-mail, no order contents). */
export type BookingInput = {
  orderNumber: string;
  reference: string;
  receiver: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    country: string;
    phone: string | null;
    contact: string | null;
  };
  parcels: number;
  weightKg: number;
};
