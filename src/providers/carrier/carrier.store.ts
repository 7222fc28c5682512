import { randomInt, randomUUID } from 'node:crypto';

/** nShift's status words as this stand-in reports them in status events. */
export type LocalStatus = 'IN_TRANSIT' | 'DELIVERED' | 'EXCEPTION';

export type LocalShipment = {
  id: string;
  shipmentNo: string;
  parcelNo: string;
  orderNo: string;
  reference: string;
  serviceId: string;
  receiverCity: string;
  created: string;
  events: { status: LocalStatus; occurred: string }[];
};

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** The local carrier's memory: shipments booked since it started (nothing is persisted). */
export function createLocalStore() {
  const byId = new Map<string, LocalShipment>();
  return {
    add(input: Omit<LocalShipment, 'id' | 'shipmentNo' | 'parcelNo' | 'events'>): LocalShipment {
      const s: LocalShipment = {
        ...input,
        id: String(randomInt(10_000_000, 99_999_999)),
        shipmentNo: `70${digits(11)}`,
        parcelNo: `00373500${digits(10)}`,
        events: [],
      };
      byId.set(s.id, s);
      return s;
    },
    get: (id: string) => byId.get(id),
    byShipmentNo: (no: string) => [...byId.values()].find((s) => s.shipmentNo === no),
    newEventId: () => randomUUID(),
  };
}

export type LocalStore = ReturnType<typeof createLocalStore>;
