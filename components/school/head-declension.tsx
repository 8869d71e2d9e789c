'use client';
// The head's name and position as documents will decline them, shown while the curator
// types, so a wrong case is seen (and corrected with the gender choice) before any order.
import { declineFullName, initialsBefore, type PersonName } from '@/lib/core/russian';
import { declinePosition } from '@/templates/_school/position';

export function HeadDeclension({ position, name }: { position: string; name: PersonName }) {
  if (!name.lastName.trim() || !name.firstName.trim()) return null;
  const lower = position.trim().charAt(0).toLowerCase() + position.trim().slice(1);
  const rows: [string, string][] = [
    ['Кого? (вин. п.)', `назначить ${declineFullName(name, 'accusative')}`],
    ['Кому? (дат. п.)', `${declinePosition(position.trim(), 'dative')} ${declineFullName(name, 'dative')}`],
    ['Кого? Чего? (род. п.)', `приказ ${declinePosition(lower, 'genitive')} ${declineFullName(name, 'genitive')}`],
    ['Под подписью', initialsBefore(name)],
  ];
  return (
    <table className="data" data-testid="head-declension" tabIndex={0}>
      <tbody>
        {rows.map(([label, text]) => (
          <tr key={label}>
            <th style={{ width: '14rem' }}>{label}</th>
            <td>{text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
