import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/indicators/bar-chart';
import { KeyIndicators } from '@/components/indicators/key-indicators';
import { NoteForm } from '@/components/indicators/note-form';
import { UnitsTable } from '@/components/indicators/units-table';
import { formatDate } from '@/lib/core/russian';
import { keyIndicators, percent } from '@/lib/domain/indicators/compute';
import { DEFAULT_PURPOSE, territoryGuess } from '@/lib/domain/indicators/note';
import { can } from '@/lib/domain/permissions';
import { isoDateField } from '@/lib/domain/validations/fields';
import { todayIso } from '@/lib/server/clock';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { createAnalyticalNoteAction } from './actions';

export const metadata: Metadata = { title: 'Показатели' };

/** 1 September of the school year the date falls in. */
const schoolYearStart = (iso: string) => `${Number(iso.slice(5, 7)) >= 9 ? iso.slice(0, 4) : Number(iso.slice(0, 4)) - 1}-09-01`;

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<{ district?: string; date?: string }> }) {
  const { scope, read } = await scopedPage('indicators.view');
  const { district, date } = await searchParams;
  const today = todayIso();
  const parsed = isoDateField('Дата').safeParse(date);
  const referenceDate = parsed.success && parsed.data <= today ? parsed.data : today;
  const report = await notFoundOnAppError(read(loadIndicatorReport, { unitId: district, referenceDate }));
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
      <KeyIndicators values={keyIndicators(total, level)} />
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
