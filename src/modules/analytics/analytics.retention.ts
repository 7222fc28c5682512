import { declareRetention } from '#src/modules/privacy/index.ts';
import { usageEvents } from './analytics.tables.ts';

/** §8: usage history (clicks, searches) is deleted five years after the event. */
export const analyticsRetention = [
  declareRetention({
    id: 'analytics.usage',
    module: 'analytics',
    rule: 'history_5y',
    table: usageEvents,
    key: usageEvents.id,
    anchor: usageEvents.occurredAt,
    action: 'delete',
    what: { sv: 'Användarhistorik (klick och sökningar)', en: 'Usage history (clicks and searches)' },
  }),
];
