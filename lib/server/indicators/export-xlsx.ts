// The indicator report as an XLSX workbook: key indicators plan against fact, one row per
// district or school with the same columns as the page, and for the region every school.
import 'server-only';
import ExcelJS from 'exceljs';
import { formatDate } from '@/lib/core/russian';
import { UNIT_COLUMNS } from '@/lib/domain/indicators/columns';
import { formatFact, keyIndicators, roundShare, type UnitCounts } from '@/lib/domain/indicators/compute';
import { studentIndicators } from '@/lib/domain/students/indicators';
import type { IndicatorReport } from './load-report';

function unitSheet(book: ExcelJS.Workbook, title: string, first: string[], rows: { lead: string[]; counts: UnitCounts }[]) {
  const sheet = book.addWorksheet(title);
  const header = sheet.addRow([...first, ...UNIT_COLUMNS.map((c) => c.header)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const r of rows) {
    sheet.addRow([...r.lead, ...UNIT_COLUMNS.map((c) => {
      const v = c.value(r.counts);
      return v === null ? null : c.isPercent ? roundShare(v) : v;
    })]);
  }
  sheet.columns.forEach((col, i) => (col.width = i < first.length ? 40 : 14));
  UNIT_COLUMNS.forEach((c, i) => c.isPercent && (sheet.getColumn(first.length + i + 1).numFmt = '0.0'));
  sheet.views = [{ state: 'frozen', xSplit: first.length, ySplit: 1 }];
}

export async function indicatorWorkbook(report: IndicatorReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Наставник';
  const key = book.addWorksheet('Ключевые показатели');
  key.addRow([`${report.unit.shortName}: ключевые показатели внедрения системы наставничества педагогических работников на ${formatDate(report.referenceDate)}`]).font = { bold: true };
  key.addRow([]);
  key.addRow(['№', 'Показатель', 'Ед. изм.', 'Плановое значение', 'План', 'Факт', 'Основание', 'Достигнуто']).font = { bold: true };
  keyIndicators(report.total, report.level).forEach((v, i) => {
    key.addRow([i + 1, v.name, v.unit, v.planText, v.plan, v.unit === '%' && v.fact !== null ? roundShare(v.fact) : formatFact(v), v.basis, v.achieved === null ? '—' : v.achieved ? 'да' : 'нет']);
  });
  key.addRow([]);
  key.addRow([`Педагогические работники без согласия на обработку персональных данных или без дат рождения и начала педагогической деятельности (${report.total.staffWithoutData} чел.) не входят в расчёт охвата.`]);
  key.addRow([]);
  key.addRow([`Наставничество обучающихся (плановые значения ${report.studentPlan.year} г.)`]).font = { bold: true };
  key.addRow(['№', 'Показатель', 'Ед. изм.', 'Плановое значение', 'План', 'Факт', 'Основание', 'Достигнуто']).font = { bold: true };
  studentIndicators(report.total, report.studentPlan).forEach((v, i) => {
    key.addRow([i + 1, v.name, v.unit, v.planText, v.plan, v.fact === null ? '—' : roundShare(v.fact), v.basis, v.achieved === null ? '—' : v.achieved ? 'да' : 'нет']);
  });
  key.getColumn(2).width = 80;
  key.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  key.getColumn(4).width = 28;
  key.getColumn(7).width = 20;

  if (report.level === 'region') {
    unitSheet(book, 'Муниципалитеты', ['Муниципалитет'], report.rows.map((r) => ({ lead: [r.name], counts: r.counts })));
    const districtName = new Map(report.rows.map((r) => [r.id, r.name]));
    unitSheet(book, 'Организации', ['Муниципалитет', 'Образовательная организация'], report.schools.map((s) => ({ lead: [districtName.get(s.districtId) ?? '', s.name], counts: s.counts })));
  } else {
    unitSheet(book, 'Организации', ['Образовательная организация'], report.rows.map((r) => ({ lead: [r.name], counts: r.counts })));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
