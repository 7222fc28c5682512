import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { commonValue, type Ropa, type RopaActivity, type RopaContact } from './ropa.ts';

function List({ items }: { items: ReactNode[] }) {
  if (items.length === 0) return <NoneText />;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="cell-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function NoneText() {
  const { t } = useI18n();
  return <span className="muted">{t.ropaNone}</span>;
}

function Contact({ c, extra }: { c: RopaContact; extra?: ReactNode }) {
  return (
    <>
      {c.name}
      {extra ? (
        <>
          <br />
          {extra}
        </>
      ) : null}
      <br />
      {c.address}
      <br />
      {c.phone}, {c.email}
    </>
  );
}

function ActivityRow({ a, perRow }: { a: RopaActivity; perRow: { transfers: boolean; security: boolean } }) {
  const { t } = useI18n();
  return (
    <tr>
      <th scope="row">
        {a.name}
        <span className="clause">{a.clause}</span>
        <span className="activity-purpose">{a.purpose}</span>
      </th>
      <td>
        <List
          items={a.legalBases.map((b) => (
            <>
              {b.label} <span className="muted">(art. {b.article})</span>
              {b.scope ? <>: {b.scope}</> : null}
              {b.law ? <span className="muted"> – {b.law}</span> : null}
            </>
          ))}
        />
      </td>
      <td>
        <List items={a.dataSubjects.map((s) => s.label)} />
      </td>
      <td>
        <List items={a.personalData.map((d) => (d.technical ? `${d.label} (${t.ropaTechnical})` : d.label))} />
      </td>
      <td>
        <List
          items={a.recipients.map((r) => (
            <>
              {r.label}
              <span className="recipient-kind">
                {r.kind === 'processor'
                  ? t.ropaProcessor
                  : r.kind === 'independent_controller'
                    ? t.ropaIndependent
                    : r.kind}
              </span>
            </>
          ))}
        />
      </td>
      <td>
        <List
          items={a.retention.map((r) => (
            <>
              <strong>{r.title}:</strong> {r.period}
              {r.statutory && r.law ? <span className="muted"> ({r.law})</span> : null}
            </>
          ))}
        />
      </td>
      {perRow.transfers ? <td>{a.thirdCountryTransfers.statement}</td> : null}
      {perRow.security ? (
        <td>
          <List items={a.securityMeasures} />
        </td>
      ) : null}
    </tr>
  );
}

/** GDPR art. 30(1) a–g: controller and DPO, then one row per processing activity. */
export function RopaRecord({ ropa }: { ropa: Ropa }) {
  const { t } = useI18n();
  const transfers = commonValue(ropa.activities, (a) => a.thirdCountryTransfers.statement);
  const security = commonValue(ropa.activities, (a) => a.securityMeasures);
  const perRow = { transfers: transfers === undefined, security: security === undefined };
  return (
    <>
      <h3>{ropa.title}</h3>
      <dl className="facts">
        <div>
          <dt>{t.ropaController}</dt>
          <dd>
            <Contact
              c={ropa.controller}
              extra={
                <>
                  , {t.footerOrgNr} {ropa.controller.orgNr}
                </>
              }
            />
          </dd>
        </div>
        <div>
          <dt>{t.ropaDpo}</dt>
          <dd>{ropa.dpo.note || <Contact c={ropa.dpo} />}</dd>
        </div>
        {transfers !== undefined ? (
          <div>
            <dt>{t.ropaTransfers}</dt>
            <dd>{transfers}</dd>
          </div>
        ) : null}
      </dl>
      {ropa.activities.length === 0 ? (
        <p>{t.ropaEmpty}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="ropa-caption" tabIndex={0}>
          <table className="ropa-table">
            <caption id="ropa-caption">{t.ropaTableCaption}</caption>
            <colgroup>
              <col style={{ width: perRow.transfers || perRow.security ? '16%' : '20%' }} />
              <col style={{ width: '15%' }} />
              <col />
              <col />
              <col />
              <col style={{ width: '20%' }} />
              {perRow.transfers ? <col /> : null}
              {perRow.security ? <col /> : null}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t.ropaColActivity}</th>
                <th scope="col">{t.ropaColBasis}</th>
                <th scope="col">{t.ropaColSubjects}</th>
                <th scope="col">{t.ropaColData}</th>
                <th scope="col">{t.ropaColRecipients}</th>
                <th scope="col">{t.ropaColRetention}</th>
                {perRow.transfers ? <th scope="col">{t.ropaTransfers}</th> : null}
                {perRow.security ? <th scope="col">{t.ropaSecurity}</th> : null}
              </tr>
            </thead>
            <tbody>
              {ropa.activities.map((a) => (
                <ActivityRow key={a.id} a={a} perRow={perRow} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {security !== undefined && security.length > 0 ? (
        <details className="security">
          <summary>{t.ropaSecurity}</summary>
          <ul>
            {security.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
