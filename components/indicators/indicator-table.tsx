// A unit's indicators, plan against fact, with the counts behind each fact: the staff model's
// key indicators and the student model's two (counts of pupils, never a child's name) alike.
import { formatFact, type IndicatorValue } from '@/lib/domain/indicators/compute';

/** What a row shows; the unit picks how the fact reads ('66,7 %' or 'да'/'нет'). */
export type IndicatorRow = Pick<IndicatorValue, 'name' | 'unit' | 'planText' | 'fact' | 'basis' | 'achieved'> & { key: string };

export function IndicatorTable({ values, testId }: { values: IndicatorRow[]; testId: string }) {
  return (
    // tabIndex: on a phone the table scrolls sideways, and a keyboard must reach it to scroll.
    <table className="data" data-testid={testId} tabIndex={0}>
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
