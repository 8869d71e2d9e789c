// The key indicators of a unit: plan against fact, with the counts behind each fact.
import { formatFact, type IndicatorValue } from '@/lib/domain/indicators/compute';

export function KeyIndicators({ values }: { values: IndicatorValue[] }) {
  return (
    // tabIndex: on a phone the table scrolls sideways, and a keyboard must reach it to scroll.
    <table className="data" data-testid="key-indicators" tabIndex={0}>
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
            <td>{formatFact(v)}</td>
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
