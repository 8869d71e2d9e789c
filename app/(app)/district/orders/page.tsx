import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusLabel } from '@/components/documents/status-label';
import { formatDate } from '@/lib/core/russian';
import { STYLE_LABELS } from '@/lib/domain/district/order-data';
import { listDistrictOrders } from '@/lib/server/district/load-order';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Приказы муниципалитета' };

export default async function DistrictOrdersPage() {
  const { read } = await scopedPage('district.orders');
  const orders = await read(listDistrictOrders);
  return (
    <>
      <h1>Приказы муниципалитета</h1>
      <div className="card">
        <h2>Новый приказ</h2>
        <p className="muted">
          Проект заполняется по образцу и данными управления; лист ознакомления — руководители всех школ муниципалитета.
        </p>
        <ul>
          {(['regulation', 'duties'] as const).map((style) => (
            <li key={style}>
              <Link href={`/district/orders/new?style=${style}`}>{STYLE_LABELS[style]}</Link>
            </li>
          ))}
        </ul>
      </div>
      {orders.length === 0 ? (
        <p className="notice">Приказов пока нет.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>№</th>
              <th>Дата</th>
              <th>Приказ</th>
              <th>Состояние</th>
              <th>Ознакомлены</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td className="doc-number">{o.number ?? '—'}</td>
                <td>{o.issueDate ? formatDate(o.issueDate) : '—'}</td>
                <td>
                  <Link href={`/district/orders/${o.id}`}>{o.title}</Link>
                </td>
                <td>
                  <StatusLabel status={o.status} />
                </td>
                <td>{o.ackTotal > 0 ? `${o.ackDone} из ${o.ackTotal}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
