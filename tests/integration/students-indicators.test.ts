// The student model's indicators from the database: pupils by age on the reference date,
// those involved in pairs working on it, each child once; districts and the region as sums;
// counts only for districts and the region; plans per year set by the region.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, organizations, studentPairs, users } from '@/db/schema';
import { planForYear, studentIndicators } from '@/lib/domain/students/indicators';
import { monitoringReportSchema, questionnaireSchema, studentPlanSchema } from '@/lib/domain/validations/students-monitoring';
import { indicatorWorkbook } from '@/lib/server/indicators/export-xlsx';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { saveStudentPlan } from '@/lib/server/indicators/student-plans';
import { computeSchoolFigures } from '@/lib/server/monitoring/figures';
import { createMonitoringReport, loadStudentMonitoring } from '@/lib/server/students/monitoring';
import { listMonitoredPairs, saveQuestionnaire } from '@/lib/server/students/questionnaires';
import { studentMonitoringReport } from '@/templates/student-monitoring-report';
import type { StudentMonitoringReport } from '@/templates/student-monitoring-report/schema';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { renderTexts } from '../support/template-testing';
import { asUser, buildTree, type Tree } from '../support/tree';
import { form, pair, pupil, pupilMentor, teacherMentor } from './students-monitor-fixtures';

const ON = '2026-12-20';
let t: TestDatabase;
let tree: Tree;
/** Every pupil's last name: none may reach a district or the region. */
const names: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  const s1a = tree.orgs.s1a.id;
  const kid = async (org: string, lastName: string, birthDate: string) => {
    names.push(lastName);
    return pupil(t.db, org, lastName, birthDate);
  };
  const turns10 = await kid(s1a, 'Десятилеткина', '2016-12-20');
  const nine = await kid(s1a, 'Девятилеткин', '2016-12-21');
  const turns20 = await kid(s1a, 'Двадцатилеткин', '2006-12-20');
  const turns15 = await kid(s1a, 'Пятнадцатилеткина', '2011-12-20');
  const twoForms = await kid(s1a, 'Двухформенный', '2013-01-01');
  const terminatedToday = await kid(s1a, 'Выбывший', '2012-05-05');
  const completedLater = await kid(s1a, 'Завершивший', '2012-06-06');
  const formingKid = await kid(s1a, 'Ожидающий', '2012-07-07');
  await kid(s1a, 'Невовлечённый', '2010-02-02');
  const peer = await form(t.db, s1a, 'ученик – ученик');
  const teacherForm = await form(t.db, s1a, 'учитель – ученик');
  const mentor15 = await pupilMentor(t.db, s1a, turns15);
  const mentor20 = await pupilMentor(t.db, s1a, turns20);
  const teacher = await teacherMentor(t.db, s1a, tree.people.s1a[0]!);
  await pair(t.db, s1a, { mentorId: mentor15, formId: peer, mentees: [turns10, nine, twoForms] });
  await pair(t.db, s1a, { mentorId: mentor20, formId: peer, mentees: [twoForms] });
  await pair(t.db, s1a, { mentorId: teacher, formId: teacherForm, mentees: [turns15, twoForms] });
  await pair(t.db, s1a, { mentorId: teacher, formId: teacherForm, mentees: [terminatedToday], status: 'terminated', endedOn: ON });
  await pair(t.db, s1a, { mentorId: teacher, formId: teacherForm, mentees: [completedLater], status: 'completed', endedOn: '2027-01-15' });
  await pair(t.db, s1a, { mentorId: teacher, formId: teacherForm, mentees: [formingKid], status: 'forming' });

  const s1b = tree.orgs.s1b.id;
  const a = await kid(s1b, 'Бэшкин', '2014-01-01');
  await kid(s1b, 'Бэшкина', '2014-02-02');
  const bTeacher = await teacherMentor(t.db, s1b, tree.people.s1b[0]!);
  await pair(t.db, s1b, { mentorId: bTeacher, formId: await form(t.db, s1b, 'учитель – ученик'), mentees: [a] });

  const s2 = tree.orgs.s2.id;
  const c = await kid(s2, 'Секретова', '2008-03-03');
  const cMentor = await pupilMentor(t.db, s2, c);
  const d = await kid(s2, 'Вторая', '2013-03-03');
  await pair(t.db, s2, { mentorId: cMentor, formId: await form(t.db, s2, 'ученик – ученик'), mentees: [d] });
});
afterAll(() => t.close());

const report = (scope: Tree['scopes'][keyof Tree['scopes']], unitId?: string, referenceDate = ON) => loadIndicatorReport(t.db, scope, { unitId, referenceDate });

describe('a school', () => {
  it('counts its pupils of each age and those involved on the date, each child once', async () => {
    const { total } = await report(tree.scopes.head1a);
    // 10–19: turns10, turns15, twoForms, terminatedToday, completedLater, formingKid, the idle one (not nine, not turns20).
    // Mentees: turns10, turns15 (also a mentor), twoForms (three pairs, two forms: once), completedLater (completed later).
    // 15–19: turns15 and the idle one; mentors: turns15 (turns20 is 20 today).
    expect(total).toMatchObject({ pupils10to19: 7, studentMentees: 4, pupils15to19: 2, studentMentors: 1 });
  });

  it('moves with the date: a day earlier the 20-year-old is 19 and mentors, the terminated mentee still counts, the 10-year-old is 9', async () => {
    const { total } = await report(tree.scopes.head1a, undefined, '2026-12-19');
    // 10–19: turns20 in, turns10 (9) out; mentees: terminatedToday in, turns10 out.
    // 15–19: turns20 and the idle one (turns15 is 14); mentors: turns20.
    expect(total).toMatchObject({ pupils10to19: 7, studentMentees: 4, pupils15to19: 2, studentMentors: 1 });
    const figures = await computeSchoolFigures(t.db, tree.scopes.head1a, tree.orgs.s1a.id, '2026-12-19');
    expect(figures.counts.studentMentors).toBe(1);
  });

  it('before any pair started, nobody is involved', async () => {
    const { total } = await report(tree.scopes.head1a, undefined, '2026-08-31');
    expect(total).toMatchObject({ studentMentees: 0, studentMentors: 0 });
  });

  it('submits the same counts in the monitoring campaign figures, and cannot compute another school', async () => {
    const figures = await computeSchoolFigures(t.db, tree.scopes.head1a, tree.orgs.s1a.id, ON);
    expect(figures.counts).toMatchObject({ pupils10to19: 7, studentMentees: 4, pupils15to19: 2, studentMentors: 1 });
    await expect(computeSchoolFigures(t.db, tree.scopes.head1a, tree.orgs.s2.id, ON)).rejects.toThrow(/не найден/);
    await expect(report(tree.scopes.head1a, tree.orgs.s1b.id)).rejects.toThrow(/не найден/);
  });
});

describe('a district and the region', () => {
  it('sum numerators and denominators of their schools', async () => {
    const district = await report(tree.scopes.district1);
    expect(district.total).toMatchObject({ pupils10to19: 9, studentMentees: 5, pupils15to19: 2, studentMentors: 1 });
    const [mentees] = studentIndicators(district.total, district.studentPlan);
    // 5 of 9 = 55.6 %, not the mean of 57.1 % and 50 %.
    expect(mentees!.fact).toBeCloseTo(55.556, 2);
    const region = await report(tree.scopes.region);
    expect(region.total).toMatchObject({ pupils10to19: 11, studentMentees: 6, pupils15to19: 3, studentMentors: 2 });
    expect(region.rows.map((r) => [r.name, r.counts.pupils10to19])).toEqual([
      ['Район 1', 9],
      ['Район 2', 2],
    ]);
  });

  it('see counts and no child’s name, in the report and in the XLSX', async () => {
    for (const scope of [tree.scopes.district1, tree.scopes.region]) {
      const r = await report(scope);
      const text = JSON.stringify(r);
      for (const name of names) expect(text).not.toContain(name);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await indicatorWorkbook(r)) as never);
      const cells: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
      for (const name of names) expect(cells.join('\n')).not.toContain(name);
      if (scope === tree.scopes.region) {
        const key = book.getWorksheet('Ключевые показатели')!;
        const rows: unknown[][] = [];
        key.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        const mentees = rows.find((v) => String(v[1] ?? '').startsWith('Доля обучающихся в возрасте от 10 до 19 лет'));
        expect(mentees).toEqual([1, expect.any(String), '%', '25 % (2026 г.)', 25, 54.5, '6 из 11 обучающихся 10–19 лет', 'да']);
        const header = (book.getWorksheet('Организации')!.getRow(1).values as unknown[]).slice(1);
        expect(header).toEqual(expect.arrayContaining(['Обучающихся 10–19 лет', 'Из них наставляемые', 'Наставники 15–19 лет, %']));
      }
    }
  });

  it('refuse a forged district or school id from outside the scope', async () => {
    await expect(report(tree.scopes.district1, tree.orgs.s2.id)).rejects.toThrow(/не найден/);
    await expect(report(tree.scopes.district1, tree.orgs.d2.id)).rejects.toThrow(/не найден/);
    await expect(report(tree.scopes.district2, 'not-a-uuid')).rejects.toThrow(/не найден/);
  });
});

describe('plans per year', () => {
  it('are seed 002’s until the region sets them; the region sets a year, districts read it and cannot set it', async () => {
    expect((await report(tree.scopes.district1)).studentPlan).toMatchObject({ year: 2026, menteeShare: 25, mentorShare: 4, source: 'carried' });
    expect((await report(tree.scopes.district1, undefined, '2020-05-05')).studentPlan).toMatchObject({ menteeShare: 10, mentorShare: 2 });
    const input = studentPlanSchema.parse({ year: '2026', menteeShare: '30,5', mentorShare: '5' });
    await asUser(t.db, tree.scopes.region, (ctx) => saveStudentPlan(ctx, input));
    await asUser(t.db, tree.scopes.region, (ctx) => saveStudentPlan(ctx, { ...input, mentorShare: 6 }));
    expect((await report(tree.scopes.district1)).studentPlan).toEqual({ year: 2026, menteeShare: 30.5, mentorShare: 6, source: 'region' });
    expect((await report(tree.scopes.head1a, undefined, '2026-01-10')).studentPlan).toMatchObject({ menteeShare: 30.5, source: 'region' });
    expect(planForYear(2027, [{ year: 2026, menteeShare: 30.5, mentorShare: 6 }])).toMatchObject({ menteeShare: 30.5 });
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => saveStudentPlan(ctx, input))).rejects.toThrow();
  });

  it('refuse a share out of range in Russian', () => {
    const r = studentPlanSchema.safeParse({ year: '2019', menteeShare: '101', mentorShare: 'много' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual([
      'Плановые значения задаются с 2020 года.',
      'Наставляемые 10–19 лет: не больше 100 %.',
      'Наставники 15–19 лет: укажите число процентов.',
    ]);
  });
});

describe('questionnaires', () => {
  const quality = (n: number) => ({ comfort: n, usefulness: n, regularity: 4, goals: n, curatorSupport: n, wouldRepeat: n, good: 'Интересные встречи' });
  const mentorQuality = { comfort: '9', usefulness: '9', regularity: '5', goals: '8', curatorSupport: '9', preparation: '8' };
  const growth = (m: number) => ({ motivation: m, softSkills: 5, schoolLife: 5, studies: 5, confidence: 5 });
  let pairs: Awaited<ReturnType<typeof listMonitoredPairs>>;
  const save = (scope: Tree['scopes'][keyof Tree['scopes']], input: Record<string, unknown>) =>
    asUser(t.db, scope, (ctx) => saveQuestionnaire(ctx, questionnaireSchema.parse({ source: 'paper', filledOn: '2026-11-10', stage: 'quality', ...input })));

  beforeAll(async () => {
    pairs = await listMonitoredPairs(t.db, tree.scopes.curator1a);
  });

  it('lists the school’s pairs with an issued order, with names for the curator only', async () => {
    expect(pairs).toHaveLength(5);
    expect(pairs.flatMap((p) => p.mentees.map((m) => m.name))).toContain('Десятилеткина Тимур Рашидович');
    // The district has no access to pupils at all: nothing of the school is listed.
    expect(await listMonitoredPairs(t.db, tree.scopes.district1)).toEqual([]);
  });

  it('enters questionnaires from paper, replaces a second entry of the same respondent, and summarises stage 1', async () => {
    const peer = pairs.find((p) => p.mentees.length === 3)!;
    const [a, b] = peer.mentees;
    await save(tree.scopes.curator1a, { pairId: peer.id, pupilId: a!.pupilId, role: 'mentee', answers: quality(7) });
    const again = await save(tree.scopes.curator1a, { pairId: peer.id, pupilId: a!.pupilId, role: 'mentee', answers: quality(9) });
    expect(again.replaced).toBe(true);
    await save(tree.scopes.head1a, { pairId: peer.id, pupilId: b!.pupilId, role: 'mentee', answers: quality(9) });
    await save(tree.scopes.curator1a, { pairId: peer.id, role: 'mentor', answers: mentorQuality });
    await save(tree.scopes.curator1a, {
      role: 'curator',
      answers: { organization: 8, regularity: 5, goals: 8, mentorsPreparation: 7, schoolSupport: 9, parentsInvolvement: 3 },
    });
    const m = await loadStudentMonitoring(t.db, tree.scopes.curator1a);
    expect(m.quality).toHaveLength(4);
    const comfort = m.summary.find((s) => s.role === 'mentee' && s.key === 'comfort')!;
    expect(comfort).toMatchObject({ count: 2, mean: 9 });
    expect(m.swot.strengths.map((s) => `${s.role}:${s.text}`)).toContain('mentee:Насколько комфортно было работать с наставником?');
    expect(m.swot.weaknesses.map((s) => `${s.role}:${s.mean}`)).toEqual(['curator:3', 'mentee:4', 'mentor:5', 'curator:5']);
    const slots = m.pairs.find((p) => p.pair.id === peer.id)!.slots.filter((s) => s.stage === 'quality');
    expect(slots.map((s) => Boolean(s.filled))).toEqual([true, true, true, false]);
  });

  it('refuses an incomplete paper form, a pupil of another pair, a forged pair and a district, in Russian', async () => {
    const peer = pairs.find((p) => p.mentees.length === 3)!;
    const stranger = pairs.flatMap((p) => p.mentees).find((m) => !peer.mentees.some((x) => x.pupilId === m.pupilId))!;
    await expect(save(tree.scopes.curator1a, { pairId: peer.id, role: 'mentor', answers: { ...mentorQuality, goals: '' } })).rejects.toThrow(
      'Анкета заполнена не полностью: Вопрос 4: поставьте оценку от 1 до 10.',
    );
    await expect(save(tree.scopes.curator1a, { pairId: peer.id, pupilId: stranger.pupilId, role: 'mentee', answers: quality(5) })).rejects.toThrow(
      'Наставляемый не найден или недоступен.',
    );
    const foreign = (await t.db.select({ id: studentPairs.id }).from(studentPairs).where(eq(studentPairs.organizationId, tree.orgs.s2.id)))[0]!.id;
    await expect(save(tree.scopes.curator1a, { pairId: foreign, role: 'mentor', answers: mentorQuality })).rejects.toThrow('Пара не найдена или недоступна.');
    await expect(save(tree.scopes.head2, { pairId: peer.id, role: 'mentor', answers: mentorQuality })).rejects.toThrow('Пара не найдена или недоступна.');
    await expect(save(tree.scopes.district1, { pairId: peer.id, role: 'mentor', answers: mentorQuality })).rejects.toThrow('Недостаточно прав');
    await expect(save(tree.scopes.curator1a, { role: 'curator', stage: 'before', answers: {} })).rejects.toThrow('Куратор заполняет только анкету');
  });

  it('lets a teacher mentor fill their own questionnaire only', async () => {
    const own = pairs.filter((p) => p.mentorPersonId === tree.people.s1a[0]);
    await t.db.update(users).set({ personId: tree.people.s1a[0]! }).where(eq(users.id, tree.scopes.teacher1a.userId));
    const teacher = { ...tree.scopes.teacher1a, personId: tree.people.s1a[0]! };
    expect((await listMonitoredPairs(t.db, teacher)).map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort());
    await asUser(t.db, teacher, (ctx) =>
      saveQuestionnaire(ctx, questionnaireSchema.parse({ pairId: own[0]!.id, role: 'mentor', stage: 'quality', source: 'app', filledOn: '2026-11-11', answers: mentorQuality })),
    );
    const notOwn = pairs.find((p) => p.mentorPersonId !== tree.people.s1a[0])!;
    await expect(
      asUser(t.db, teacher, (ctx) =>
        saveQuestionnaire(ctx, questionnaireSchema.parse({ pairId: notOwn.id, role: 'mentor', stage: 'quality', source: 'app', filledOn: '2026-11-11', answers: mentorQuality })),
      ),
    ).rejects.toThrow('Пара не найдена или недоступна.');
    const menteeOfOwn = own[0]!.mentees[0]!.pupilId;
    await expect(
      asUser(t.db, teacher, (ctx) =>
        saveQuestionnaire(ctx, questionnaireSchema.parse({ pairId: own[0]!.id, pupilId: menteeOfOwn, role: 'mentee', stage: 'quality', source: 'app', filledOn: '2026-11-11', answers: quality(5) })),
      ),
    ).rejects.toThrow('Недостаточно прав');
  });

  it('shows stage 2 as the change per pair and per form, and drafts the report as a document with counts and no child’s name', async () => {
    const peer = pairs.find((p) => p.mentees.length === 3)!;
    const [a, b] = peer.mentees;
    await save(tree.scopes.curator1a, { pairId: peer.id, pupilId: a!.pupilId, role: 'mentee', stage: 'before', filledOn: '2026-09-05', answers: growth(4) });
    await save(tree.scopes.curator1a, { pairId: peer.id, pupilId: a!.pupilId, role: 'mentee', stage: 'after', answers: growth(8) });
    await save(tree.scopes.curator1a, { pairId: peer.id, pupilId: b!.pupilId, role: 'mentee', stage: 'before', filledOn: '2026-09-05', answers: growth(6) });
    await save(tree.scopes.curator1a, { pairId: peer.id, pupilId: b!.pupilId, role: 'mentee', stage: 'after', answers: growth(7) });
    const m = await loadStudentMonitoring(t.db, tree.scopes.curator1a);
    expect(m.growth.forms).toHaveLength(1);
    expect(m.growth.forms[0]).toMatchObject({ label: 'ученик – ученик', matched: 2 });
    expect(m.growth.forms[0]!.changes[0]).toMatchObject({ key: 'motivation', before: 5, after: 7.5, change: 2.5 });
    expect(m.growth.pairs[0]!.changes[0]!.change).toBe(2.5);

    await t.db.update(organizations).set({ headPosition: 'Директор' }).where(eq(organizations.id, tree.orgs.s1a.id));
    const { id } = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
      createMonitoringReport(ctx, monitoringReportSchema.parse({ periodFrom: '2026-09-01', periodTo: '2026-12-01' })),
    );
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(doc).toMatchObject({ template: 'student-monitoring-report', status: 'draft', organizationId: tree.orgs.s1a.id });
    const data = doc!.data as StudentMonitoringReport;
    expect(data.respondents).toEqual({ mentors: 2, mentees: 2, curators: 1 });
    expect(data.growth[0]).toMatchObject({ form: 'ученик – ученик', question: 'Мотивация к учёбе и саморазвитию', matched: 2, before: 5, after: 7.5 });
    for (const name of names) expect(JSON.stringify(data)).not.toContain(name);
    const { docx, pdf } = await renderTexts(studentMonitoringReport.build(studentMonitoringReport.schema.parse(data)));
    expect(docx).toContain('Анкетирование: наставников — 2, наставляемых — 2, кураторов — 1.');
    expect(docx).toContain('ученик – ученик | Мотивация к учёбе и саморазвитию | 2 | 5,0 | 7,5 | +2,5');
    expect(pdf).toContain('Сильные стороны');
    await expect(
      asUser(t.db, tree.scopes.curator1a, (ctx) => createMonitoringReport(ctx, monitoringReportSchema.parse({ periodFrom: '2025-09-01', periodTo: '2025-12-15' }))),
    ).rejects.toThrow('не заполнено ни одной анкеты');
  });
});
