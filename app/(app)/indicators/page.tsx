import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/indicators/bar-chart';
import { IndicatorTable } from '@/components/indicators/indicator-table';
import { NoteForm } from '@/components/indicators/note-form';
import { StudentPlanForm } from '@/components/indicators/student-plan-form';
import { UnitsTable } from '@/components/indicators/units-table';
import { formatDate } from '@/lib/core/russian';
import { keyIndicators, percent } from '@/lib/domain/indicators/compute';
import { DEFAULT_PURPOSE, territoryGuess } from '@/lib/domain/indicators/note';
import { can } from '@/lib/domain/permissions';
import { plansTable, studentIndicators } from '@/lib/domain/students/indicators';
import { isoDateField } from '@/lib/domain/validations/fields';
import { todayIso } from '@/lib/server/clock';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { loadStudentPlans } from '@/lib/server/indicators/student-plans';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { createAnalyticalNoteAction, saveStudentPlanAction } from './actions';

export const metadata: Metadata = { title: 'Показатели' };

const PLAN_SOURCES = { region: 'установлено регионом', default: 'целевая модель (по умолчанию)', carried: 'как в предыдущем году' } as const;

/** 1 September of the school year the date falls in. */
const schoolYearStart = (iso: string) => `${Number(iso.slice(5, 7)) >= 9 ? iso.slice(0, 4) : Number(iso.slice(0, 4)) - 1}-09-01`;

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<{ district?: string; date?: string }> }) {
  const { scope, read } = await scopedPage('indicators.view');
  const { district, date } = await searchParams;
  const today = todayIso();
  const parsed = isoDateField('Дата').safeParse(date);
  const referenceDate = parsed.success && parsed.data <= today ? parsed.data : today;
  const report = await notFoundOnAppError(read(loadIndicatorReport, { unitId: district, referenceDate }));
  const editsPlans = can(scope, 'monitoring.manage');
  const regionPlans = editsPlans ? await read(loadStudentPlans) : [];
  const student = studentIndicators(report.total, report.studentPlan);
  const fmt = (n: number) => String(n).replace('.', ',');
  const { unit, total, level } = report;
  const query = (params: Record<string, string | undefined>) =>
    new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const dateParam = referenceDate === today ? undefined : referenceDate;
  const rows = report.rows.map((r) => ({
    ...r,
    href: level === 'region' ? `/indicators?${query({ district: r.id, date: dateParam })}` : can(scope, 'schools.view') ? `/schools/${r.id}` : undefined,
  }));
  const unitWord = level === 'region' ? 'Муниципалитет' : 'Образовательная организация';
  return (
    <>
      <h1>Ключевые показатели: {unit.shortName}</h1>
      {unit.id !== scope.orgId && (
        <p>
          <Link href={`/indicators?${query({ date: dateParam })}`}>← {scope.orgShortName}</Link>
        </p>
      )}
      <form method="get" className="row" style={{ marginBottom: '1rem' }}>
        {district && <input type="hidden" name="district" value={district} />}
        <div className="field">
          <label htmlFor="reference-date">Возраст и стаж на дату</label>
          <input id="reference-date" className="date-input" inputMode="numeric" placeholder="дд.мм.гггг" name="date" defaultValue={formatDate(referenceDate)} />
        </div>
        <button type="submit" className="secondary">
          Пересчитать
        </button>
        <a className="button" href={`/indicators/export?${query({ district, date: referenceDate })}`}>
          Скачать XLSX
        </a>
      </form>
      <p className="muted">
        Рассчитано по данным на {formatDate(referenceDate)}: возраст — по дате рождения, стаж — по дате начала педагогической деятельности; пары — в текущем
        состоянии.
      </p>
      <IndicatorTable testId="key-indicators" values={keyIndicators(total, level)} />
      {total.staffWithoutData > 0 && (
        <p className="notice" data-testid="without-data">
          Не входят в расчёт охвата: {total.staffWithoutData} чел. — нет согласия на обработку персональных данных или не указаны дата рождения и дата начала
          педагогической деятельности. Они не учитываются ни в числе молодых педагогов, ни среди остальных.
        </p>
      )}
      <div className="grid" style={{ margin: '1rem 0' }}>
        <div className="card">
          <div className="stat">{total.mentors}</div>
          <div className="muted">наставников в базе</div>
        </div>
        <div className="card">
          <div className="stat">{total.mentees}</div>
          <div className="muted">наставляемых</div>
        </div>
        <div className="card">
          <div className="stat">{total.pairsForming + total.pairsActive}</div>
          <div className="muted">
            пар действуют и формируются (завершены: {total.pairsCompleted}, прекращены: {total.pairsTerminated})
          </div>
        </div>
        <div className="card">
          <div className="stat">{total.consentsOutstanding}</div>
          <div className="muted">согласий участников не получено</div>
        </div>
      </div>
      {rows.length > 0 && (
        <>
          <h2>{level === 'region' ? 'По муниципалитетам' : 'По образовательным организациям'}</h2>
          <BarChart
            title="Охват наставничеством педагогов до 35 лет со стажем менее 3 лет, %"
            plan={70}
            bars={rows.map((r) => ({ label: r.name, value: percent(r.counts.youngCovered, r.counts.youngTeachers) }))}
          />
          {level === 'region' && (
            <BarChart
              title="Доля ОО, реализующих ЦМН педагогических работников, %"
              plan={100}
              bars={rows.map((r) => ({ label: r.name, value: percent(r.counts.schoolsImplementing, r.counts.schools) }))}
            />
          )}
          <UnitsTable unitHeader={unitWord} rows={rows} total={total} />
        </>
      )}
      <h2 id="students">Наставничество обучающихся</h2>
      <p className="muted">
        Вовлечённые — наставляемые и наставники-обучающиеся пар (групп), работающих на {formatDate(referenceDate)} (приказ о закреплении издан, дата между
        началом и окончанием работы); каждый ребёнок учитывается один раз, сколько бы пар и форм у него ни было. Знаменатель — обучающиеся этого возраста;
        по муниципалитету и региону числители и знаменатели суммируются.
      </p>
      <IndicatorTable testId="student-indicators" values={student} />
      {rows.length > 0 && (
        <>
          <BarChart
            title={`Обучающиеся 10–19 лет — наставляемые, % (план ${report.studentPlan.year} г.: ${fmt(report.studentPlan.menteeShare)} %)`}
            plan={report.studentPlan.menteeShare}
            bars={rows.map((r) => ({ label: r.name, value: percent(r.counts.studentMentees, r.counts.pupils10to19) }))}
          />
          <BarChart
            title={`Обучающиеся 15–19 лет — наставники, % (план ${report.studentPlan.year} г.: ${fmt(report.studentPlan.mentorShare)} %)`}
            plan={report.studentPlan.mentorShare}
            max={Math.max(10, Math.ceil((report.studentPlan.mentorShare * 2) / 10) * 10)}
            bars={rows.map((r) => ({ label: r.name, value: percent(r.counts.studentMentors, r.counts.pupils15to19) }))}
          />
        </>
      )}
      {editsPlans && (
        <>
          <h3>Плановые значения по годам</h3>
          <table className="data" data-testid="student-plans" tabIndex={0}>
            <thead>
              <tr>
                <th>Год</th>
                <th>Наставляемые 10–19 лет, %</th>
                <th>Наставники 15–19 лет, %</th>
                <th>Источник</th>
              </tr>
            </thead>
            <tbody>
              {plansTable(regionPlans, Number(today.slice(0, 4))).map((p) => (
                <tr key={p.year}>
                  <td>{p.year}</td>
                  <td>{fmt(p.menteeShare)}</td>
                  <td>{fmt(p.mentorShare)}</td>
                  <td>{PLAN_SOURCES[p.source]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <StudentPlanForm
            action={saveStudentPlanAction}
            defaults={{
              year: String(report.studentPlan.year),
              menteeShare: fmt(report.studentPlan.menteeShare),
              mentorShare: fmt(report.studentPlan.mentorShare),
            }}
          />
        </>
      )}
      {level !== 'school' && (
        <>
          <h2>Аналитическая справка</h2>
          <p className="muted">
            Проект справки по итогам мониторинга с показателями на {formatDate(referenceDate)}: выводы и рекомендации составляются по рассчитанным значениям;
            после просмотра справку можно утвердить в реестре документов.
          </p>
          <NoteForm
            action={createAnalyticalNoteAction}
            defaults={{
              unitId: unit.id,
              referenceDate,
              periodFrom: schoolYearStart(referenceDate),
              periodTo: referenceDate,
              territory: territoryGuess(unit),
              purpose: DEFAULT_PURPOSE,
              signerPosition: unit.headPosition,
              signerLastName: unit.headLastName,
              signerFirstName: unit.headFirstName,
              signerMiddleName: unit.headMiddleName ?? '',
            }}
          />
        </>
      )}
    </>
  );
}
