import { declareRetention } from '#src/modules/privacy/index.ts';
import { consents, prospects } from './marketing.tables.ts';

const ledger = [{ table: consents, parentKey: consents.prospectId }];

/**
 * §8 for consent-based data, in sweep order: a withdrawn consent (and a prospect with none left)
 * at the next sweep — the rule's "as soon as possible, within six months"; everything else five
 * years after it was collected (a prospect from its last confirmation, a consent from its own).
 */
export const marketingRetention = [
  declareRetention({
    id: 'marketing.consents_withdrawn',
    module: 'marketing',
    rule: 'consent_withdrawn',
    table: consents,
    key: consents.id,
    anchor: consents.withdrawnAt,
    action: 'delete',
    what: { sv: 'Återkallade samtycken', en: 'Withdrawn consents' },
  }),
  declareRetention({
    id: 'marketing.prospects_withdrawn',
    module: 'marketing',
    rule: 'consent_withdrawn',
    table: prospects,
    key: prospects.id,
    anchor: prospects.withdrawnAt,
    action: 'delete',
    children: ledger,
    what: {
      sv: 'Intressenter som återkallat alla sina samtycken, med deras samtycken',
      en: 'Prospects who withdrew all their consents, with their consents',
    },
  }),
  declareRetention({
    id: 'marketing.consents_5y',
    module: 'marketing',
    rule: 'consent_5y',
    table: consents,
    key: consents.id,
    anchor: consents.confirmedAt,
    action: 'delete',
    what: { sv: 'Samtycken fem år efter att de lämnades', en: 'Consents five years after they were given' },
  }),
  declareRetention({
    id: 'marketing.prospects_5y',
    module: 'marketing',
    rule: 'consent_5y',
    table: prospects,
    key: prospects.id,
    anchor: prospects.collectedAt,
    action: 'delete',
    children: ledger,
    what: {
      sv: 'Intressenters uppgifter fem år efter att de samlades in, med deras samtycken',
      en: 'Prospects’ details five years after they were collected, with their consents',
    },
  }),
];
