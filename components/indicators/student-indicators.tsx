// The student model's two indicators of a unit: plan of the year against the share computed
// from counts of pupils — never a child's name.
import { formatPercent } from '@/lib/domain/indicators/compute';
import type { StudentIndicatorValue } from '@/lib/domain/students/indicators';

export function StudentIndicators({ values }: { values: StudentIndicatorValue[] }) {
  return (
    <table className="data" data-testid="student-indicators" tabIndex={0}>
      <thead>
        <tr>
          <th>Показатель</th>
          <th>Плановое значение</th>
          <th>Достигнутое значение</th>
          <th>Основание</th>
          <th>Выполнение</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v) => (
          <tr key={v.key} data-indicator={v.key}>
            <td>{v.name}</td>
            <td>{v.planText}</td>
            <td>{formatPercent(v.fact)}</td>
            <td>{v.basis}</td>
            <td>
              {v.achieved === null ? (
                <span className="badge todo">нет данных</span>
              ) : v.achieved ? (
                <span className="badge done">достигнуто</span>
              ) : (
                <span className="badge progress">не достигнуто</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
