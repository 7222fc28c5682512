import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ropaView, type Cell } from './ropaModel.ts';

function CellView({ cell }: { cell: Cell }) {
  if (typeof cell === 'string') return <>{cell}</>;
  if (cell.length === 1) return <>{cell[0]}</>;
  return (
    <ul className="cell-list">
      {cell.map((c, i) => (
        <li key={i}>{c}</li>
      ))}
    </ul>
  );
}

/** Any JSON as facts and tables: shown when the record does not have the shape RopaRecord knows. */
export function GenericRopa({ data }: { data: unknown }) {
  const { t, lang } = useI18n();
  const view = useMemo(() => ropaView(data, lang, { yes: t.yes, no: t.no }, t.ropaTableCaption), [data, lang, t]);
  return (
    <>
      {view.title ? <h3>{view.title}</h3> : null}
      {view.facts.length ? (
        <dl className="facts">
          {view.facts.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>
                <CellView cell={f.value} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {view.tables.length === 0 ? <p>{t.ropaEmpty}</p> : null}
      {view.tables.map((table) => (
        <div className="table-scroll" key={table.key} role="region" aria-label={table.caption} tabIndex={0}>
          <table className="ropa-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        <CellView cell={cell} />
                      </th>
                    ) : (
                      <td key={j}>
                        <CellView cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
