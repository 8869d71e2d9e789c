// A school's monitoring figures as counted from its data.
import type { UnitCounts } from '@/lib/domain/indicators/compute';
import { formatPercent, percent } from '@/lib/domain/indicators/compute';

const yesNo = (n: number) => (n > 0 ? 'да' : 'нет');

/** Stored figures may predate counts added later, so every count may be missing. */
export function FiguresTable({ counts }: { counts: Partial<UnitCounts> & Omit<UnitCounts, 'pupils10to19' | 'studentMentees' | 'pupils15to19' | 'studentMentors'> }) {
  const rows: [string, string | number][] = [
    ['Издан приказ о внедрении системы (целевой модели) наставничества', yesNo(counts.schoolsImplementing)],
    ['Утверждено положение о системе наставничества', yesNo(counts.schoolsWithRegulation)],
    ['Педагогических работников', counts.staff],
    ['Из них без сведений о возрасте и стаже (не входят в расчёт охвата)', counts.staffWithoutData],
    ['Педагогов в возрасте до 35 лет со стажем работы менее 3 лет', counts.youngTeachers],
    ['Из них охвачено наставничеством', `${counts.youngCovered} (${formatPercent(percent(counts.youngCovered, counts.youngTeachers))})`],
    ['Наставников в банке', counts.mentors],
    ['Наставляемых', counts.mentees],
    ['Пар (групп): формируются / действуют / завершены / прекращены', `${counts.pairsForming} / ${counts.pairsActive} / ${counts.pairsCompleted} / ${counts.pairsTerminated}`],
    ['Согласий участников не получено', counts.consentsOutstanding],
    // Submissions made before the student model have no such counts: a dash, not a false zero.
    ['Обучающихся в возрасте 10–19 лет', counts.pupils10to19 ?? '—'],
    [
      'Из них вошли в программы наставничества в роли наставляемого',
      counts.studentMentees === undefined ? '—' : `${counts.studentMentees} (${formatPercent(percent(counts.studentMentees, counts.pupils10to19 ?? 0))})`,
    ],
    ['Обучающихся в возрасте 15–19 лет', counts.pupils15to19 ?? '—'],
    [
      'Из них вошли в программы наставничества в роли наставника',
      counts.studentMentors === undefined ? '—' : `${counts.studentMentors} (${formatPercent(percent(counts.studentMentors, counts.pupils15to19 ?? 0))})`,
    ],
  ];
  return (
    <table className="data" data-testid="figures" tabIndex={0}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <td>{label}</td>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
