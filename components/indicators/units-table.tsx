// One row per district (region view) or per school (district view) with every count and
// share of the indicators, the same columns as the XLSX export.
import Link from 'next/link';
import { UNIT_COLUMNS } from '@/lib/domain/indicators/columns';
import { formatPercent, type UnitCounts } from '@/lib/domain/indicators/compute';

export interface UnitRow {
  id: string;
  name: string;
  href?: string;
  counts: UnitCounts;
}

export function UnitsTable({ unitHeader, rows, total }: { unitHeader: string; rows: UnitRow[]; total: UnitCounts }) {
  const cells = (c: UnitCounts) =>
    UNIT_COLUMNS.map((col) => {
      const v = col.value(c);
      return <td key={col.header}>{col.isPercent ? formatPercent(v) : v}</td>;
    });
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="data" style={{ fontSize: '0.85rem' }} data-testid="units">
        <thead>
          <tr>
            <th style={{ minWidth: '14rem' }}>{unitHeader}</th>
            {UNIT_COLUMNS.map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.href ? <Link href={r.href}>{r.name}</Link> : r.name}</td>
              {cells(r.counts)}
            </tr>
          ))}
          <tr>
            <th>Итого</th>
            {cells(total)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
