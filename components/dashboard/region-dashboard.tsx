// The regional operator's overview: every municipality of the region.
import Link from 'next/link';
import { getDb } from '@/db/client';
import type { Scope } from '@/lib/auth/scope';
import { regionSummary } from '@/lib/server/dashboard/region-summary';

export async function RegionDashboard({ scope }: { scope: Scope }) {
  const districts = await regionSummary(getDb(), scope);
  const schools = districts.reduce((n, d) => n + d.schools, 0);
  return (
    <>
      <h1>{scope.orgShortName}: муниципалитеты</h1>
      <p className="muted">
        Муниципалитетов: {districts.length}, образовательных организаций: {schools}.
      </p>
      {districts.length === 0 ? (
        <p className="notice">В регионе ещё нет муниципалитетов.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Муниципалитет</th>
              <th>Организаций</th>
              <th>С куратором</th>
              <th>Сотрудников в базе</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={`/schools?district=${d.id}`}>{d.shortName}</Link>
                </td>
                <td>{d.schools}</td>
                <td>{d.schoolsWithCurator}</td>
                <td>{d.staff}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
