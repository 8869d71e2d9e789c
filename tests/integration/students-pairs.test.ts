// The student pairs end to end at the server layer: the rules of matching, the consents each
// kind of participant gives (a pupil through a legal representative, co-signing from the
// school's age), the gate of the student pair order naming whose consent is missing, the order
// listing only consented pairs and issued once, a withdrawal ending the child's participation
// by an order, the results order thanking the best, tenancy with forged ids and a teacher
// seeing only the pupils of their own pairs.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, studentMentors, studentPairMentees, studentPairs } from '@/db/schema';
import { studentPath } from '@/lib/domain/students/path';
import { createStudentPairSchema, recordStudentConsentSchema } from '@/lib/domain/validations/students-pairs';
import { loadScope } from '@/lib/server/auth/scope';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { createStudentConsentForm, recordStudentConsent, withdrawStudentConsent } from '@/lib/server/students/consents';
import { issueStudentPairOrder, prepareStudentPairOrder } from '@/lib/server/students/pair-order';
import { createStudentPair, recordStudentMeeting, setStudentPairAgreement, setStudentPairResults } from '@/lib/server/students/pairs';
import { listStudentPairs } from '@/lib/server/students/pairs-read';
import { loadStudentFacts } from '@/lib/server/students/path';
import { issueStudentResultsOrder } from '@/lib/server/students/results';
import agreementExample from '@/templates/additional-agreement/example.json';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs } from './pairs-fixtures';
import { externalMentor, linkTeacher, pupil, pupilMentor, seedForms, settings, teacherMentor } from './students-pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let forms: Awaited<ReturnType<typeof seedForms>>;
type P = { id: string; guardianId: string | null };
let anna: P, pavel: P, ilya: P, nikita: P, darya: P, foreign: P;
let young: string, pavelMentor: string;
let teacher: { personId: string; mentorId: string };
let external: { externalId: string; mentorId: string };
const pairs: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };

const curator = () => tree.scopes.curator1a;
const as = <T>(body: Parameters<typeof asUser<T>>[2]) => asUser(t.db, curator(), body);
const mother = (lastName: string) => ({ lastName, firstName: 'Ольга', middleName: 'Викторовна', relation: 'mother' as const });
const pairInput = (over: Record<string, unknown>) => createStudentPairSchema.parse({ variantId: '', kind: 'индивидуальное', startDate: '2026-10-01', endDate: '2027-05-31', ...over });
const consent = (over: Record<string, unknown>) => recordStudentConsentSchema.parse({ status: 'received', date: '2026-09-20', guardianId: '', cosigned: false, scan: null, ...over });
const receive = (pairId: string, subject: string, subjectId: string, kind: string, guardianId: string | null = null, cosigned = false) =>
  as((ctx) => recordStudentConsent(ctx, consent({ pairId, subject, subjectId, kind, guardianId: guardianId ?? '', cosigned })));
const errorOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  forms = await seedForms(t.db, s);
  await seedForms(t.db, tree.orgs.s2.id);
  anna = await pupil(t.db, s, { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', birthDate: '2013-03-15', grade: 7, classLetter: 'Б' }, { mentee: 'математика', guardian: mother('Петрова') });
  pavel = await pupil(t.db, s, { lastName: 'Орлов', firstName: 'Павел', middleName: 'Игоревич', birthDate: '2010-05-01', grade: 10, classLetter: 'А' }, { guardian: { lastName: 'Орлов', firstName: 'Игорь', middleName: 'Петрович', relation: 'father' } });
  ilya = await pupil(t.db, s, { lastName: 'Зайцев', firstName: 'Илья', birthDate: '2012-03-01', grade: 8, classLetter: 'Б' }, { mentee: 'профориентация', guardian: mother('Зайцева') });
  nikita = await pupil(t.db, s, { lastName: 'Лебедев', firstName: 'Никита', middleName: 'Олегович', birthDate: '2013-06-01', grade: 8, classLetter: 'А' }, { mentee: 'олимпиада', guardian: mother('Лебедева') });
  darya = await pupil(t.db, s, { lastName: 'Соколова', firstName: 'Дарья', middleName: 'Игоревна', birthDate: '2013-07-01', grade: 8, classLetter: 'А' }, { mentee: 'олимпиада', guardian: mother('Соколова') });
  foreign = await pupil(t.db, tree.orgs.s2.id, { lastName: 'Чужой', firstName: 'Пётр', birthDate: '2012-07-01', grade: 8, classLetter: 'А' }, { mentee: 'x', guardian: mother('Чужая') });
  pavelMentor = await pupilMentor(t.db, s, pavel.id);
  young = await pupilMentor(t.db, s, ilya.id);
  teacher = await teacherMentor(t.db, s, { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна', position: 'учитель математики' });
  external = await externalMentor(t.db, s);
  await settings(t.db, s, { cosignAge: 14, publishesNames: false });
});

afterAll(async () => {
  await t?.close();
});

describe('forming student pairs', () => {
  it('refuses a pupil mentor younger than 15 on the start date, a mentor of another form and a pupil mentoring themselves', async () => {
    expect(await errorOf(as((ctx) => createStudentPair(ctx, pairInput({ formId: forms['ученик – ученик']!.id, mentorId: young, menteeIds: [anna.id] }))))).toBe(
      'Зайцев Илья (8Б): на дату начала 14 лет, наставником может быть обучающийся с 15 лет.',
    );
    expect(await errorOf(as((ctx) => createStudentPair(ctx, pairInput({ formId: forms['учитель – ученик']!.id, mentorId: pavelMentor, menteeIds: [anna.id] }))))).toContain(
      'В форме «учитель – ученик» наставник — педагог; Орлов Павел (10А) — обучающийся',
    );
  });

  it('refuses a pupil, form or mentor of another school as not found', async () => {
    expect(await errorOf(as((ctx) => createStudentPair(ctx, pairInput({ formId: forms['ученик – ученик']!.id, mentorId: pavelMentor, menteeIds: [foreign.id] }))))).toMatch(/не найден/);
    const [otherForm] = await t.db.select().from(studentMentors).where(eq(studentMentors.id, pavelMentor));
    expect(otherForm).toBeDefined();
  });

  it('forms a pair, a group and a pair with an external mentor', async () => {
    pairs.A = (await as((ctx) => createStudentPair(ctx, pairInput({ formId: forms['ученик – ученик']!.id, variantId: forms['ученик – ученик']!.variants[0], mentorId: pavelMentor, menteeIds: [anna.id] })))).id;
    pairs.B = (await as((ctx) => createStudentPair(ctx, pairInput({ formId: forms['учитель – ученик']!.id, mentorId: teacher.mentorId, menteeIds: `${nikita.id},${darya.id}`, kind: 'групповое' })))).id;
    pairs.C = (await as((ctx) => createStudentPair(ctx, pairInput({ formId: forms['студент – ученик']!.id, mentorId: external.mentorId, menteeIds: [ilya.id] })))).id;
    expect(Object.values(pairs).every(Boolean)).toBe(true);
  });
});

describe('consents and the gate of the student pair order', () => {
  it('names, per participant kind, whose consent is missing when no pair is ready', async () => {
    const message = await errorOf(as((ctx) => prepareStudentPairOrder(ctx)));
    expect(message).toContain('Петрова Анна (7Б): нет согласия законного представителя на участие в программе наставничества.');
    expect(message).toContain('Петрова Анна (7Б): нет согласия законного представителя на обработку персональных данных.');
    expect(message).toContain('Орлов Павел (10А): нет согласия законного представителя на участие в программе наставничества.');
    expect(message).toContain('Иванова Мария Петровна (педагог): нет согласия на участие в программе наставничества.');
    expect(message).toContain('Иванова Мария Петровна (педагог): не подписано дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ).');
    expect(message).not.toContain('Иванова Мария Петровна (педагог): нет согласия работника');
    expect(message).toContain('Сидоров Пётр Ильич (студент колледжа (вуза)): нет согласия на обработку персональных данных.');
    expect(message).not.toContain('распространение');
  });

  it('asks the distribution consent once the school publishes names', async () => {
    await settings(t.db, tree.orgs.s1a.id, { publishesNames: true });
    expect(await errorOf(as((ctx) => prepareStudentPairOrder(ctx)))).toContain('Петрова Анна (7Б): нет согласия законного представителя на распространение персональных данных.');
    await settings(t.db, tree.orgs.s1a.id, { publishesNames: false });
  });

  it('records a pupil’s consent only with a guardian of that pupil, and the co-signature from the school’s age', async () => {
    expect(await errorOf(receive(pairs.A, 'pupil', anna.id, 'participation'))).toBe('Петрова Анна (7Б): выберите законного представителя, подписавшего согласие.');
    // Another pupil's parent is not Anna's representative.
    expect(await errorOf(receive(pairs.A, 'pupil', anna.id, 'participation', pavel.guardianId))).toMatch(/Законный представитель не найден/);
    // Pavel is 16 on the consent's date: he signs with his father.
    expect(await errorOf(receive(pairs.A, 'pupil', pavel.id, 'participation', pavel.guardianId))).toContain('Орлов Павел (10А): на дату согласия 16 лет — обучающийся подписывает согласие вместе с родителем (с 14 лет).');
    await receive(pairs.A, 'pupil', pavel.id, 'participation', pavel.guardianId, true);
    await settings(t.db, tree.orgs.s1a.id, { cosignAge: null });
    await receive(pairs.A, 'pupil', pavel.id, 'personal_data', pavel.guardianId);
    await settings(t.db, tree.orgs.s1a.id, { cosignAge: 14 });
    await receive(pairs.A, 'pupil', anna.id, 'participation', anna.guardianId);
    await receive(pairs.A, 'pupil', anna.id, 'personal_data', anna.guardianId);
  });

  it('refuses a pair of another school and a participant not in the pair', async () => {
    const other = await asUser(t.db, tree.scopes.head2, async (ctx) => errorOf(recordStudentConsent(ctx, consent({ pairId: pairs.A, subject: 'pupil', subjectId: anna.id, kind: 'participation', guardianId: anna.guardianId }))));
    expect(other).toMatch(/^Пара не найдена/);
    expect(await errorOf(receive(pairs.A, 'pupil', nikita.id, 'participation', nikita.guardianId))).toMatch(/^Участник пары не найден/);
    expect(await errorOf(receive(pairs.A, 'pupil', foreign.id, 'participation', foreign.guardianId))).toMatch(/^Участник пары не найден/);
  });

  it('generates a consent form naming the representative and the child', async () => {
    const { documentId } = await as((ctx) => createStudentConsentForm(ctx, { pairId: pairs.C, subject: 'pupil', subjectId: ilya.id, kind: 'personal_data', guardianId: ilya.guardianId }));
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, documentId));
    expect(doc!.template).toBe('student-consent-personal-data');
    const { studentConsentPersonalData } = await import('@/templates/student-consent-personal-data');
    const { renderPdf } = await import('@/lib/documents/render');
    const text = (await pdfText(await renderPdf(studentConsentPersonalData.build(studentConsentPersonalData.schema.parse(doc!.data))))).replace(/\s+/g, ' ');
    expect(text).toContain('являясь законным представителем (мать) несовершеннолетнего Зайцева Ильи, 01.03.2012 года рождения, обучающегося 8Б класса');
  });

  it('lists only the consented pairs in the order, refuses it after a withdrawal naming whose, and issues it once on a double submit', async () => {
    // Ilya is 14 on the consent's date: he co-signs.
    await receive(pairs.C, 'pupil', ilya.id, 'participation', ilya.guardianId, true);
    await receive(pairs.C, 'pupil', ilya.id, 'personal_data', ilya.guardianId, true);
    await receive(pairs.C, 'external', external.externalId, 'participation');
    await receive(pairs.C, 'external', external.externalId, 'personal_data');
    await receive(pairs.B, 'teacher', teacher.personId, 'participation');
    for (const p of [nikita, darya]) for (const kind of ['participation', 'personal_data']) await receive(pairs.B, 'pupil', p.id, kind, p.guardianId);
    const prepared = await as((ctx) => prepareStudentPairOrder(ctx));
    expect(prepared).toMatchObject({ pairs: 2, waiting: 1 });
    const [draft] = await t.db.select().from(documents).where(eq(documents.id, prepared.id));
    const listed = (draft!.data as { pairs: { mentor: { person: { lastName: string } } }[] }).pairs.map((p) => p.mentor.person.lastName);
    expect(listed.sort()).toEqual(['Орлов', 'Сидоров']);

    // A withdrawal before the issue: the gate names whose consent is gone.
    await as((ctx) => withdrawStudentConsent(ctx, { pairId: pairs.A, subject: 'pupil', subjectId: anna.id, kind: 'personal_data', date: '2026-09-21' }));
    expect(await errorOf(as((ctx) => issueStudentPairOrder(ctx, { documentId: prepared.id, issueDate: '2026-09-25' })))).toBe(
      'Приказ не может быть издан: не хватает документов участников.\nПетрова Анна (7Б): нет согласия законного представителя на обработку персональных данных.',
    );
    await receive(pairs.A, 'pupil', anna.id, 'personal_data', anna.guardianId);

    const results = await Promise.allSettled([0, 1].map(() => as((ctx) => issueStudentPairOrder(ctx, { documentId: prepared.id, issueDate: '2026-09-25' }))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.message)).toMatch(/уже издан/);
    const [issued] = await t.db.select().from(documents).where(eq(documents.id, prepared.id));
    expect(issued!.status).toBe('issued');
    const text = await docxText(issued!.docx!);
    expect(text).toContain('Закрепить Петрову Анну Сергеевну (7Б класс) за Орловым Павлом Игоревичем (обучающийся 10А класса)');
    expect(text).toContain('Закрепить Зайцева Илью (8Б класс) за Сидоровым Петром Ильичом (студент колледжа (вуза), Бийский педагогический колледж, 3 курс)');
    expect(text).not.toContain('Лебедев');
    const statuses = await t.db.select({ id: studentPairs.id, status: studentPairs.status }).from(studentPairs);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toMatchObject({ [pairs.A]: 'active', [pairs.B]: 'forming', [pairs.C]: 'active' });
  });

  it('needs the teacher’s staff personal-data consent and the issued additional agreement', async () => {
    const { people } = await import('@/db/schema');
    await t.db.update(people).set({ personalDataConsent: false }).where(eq(people.id, teacher.personId));
    expect(await errorOf(as((ctx) => prepareStudentPairOrder(ctx)))).toContain('Иванова Мария Петровна (педагог): нет согласия работника на обработку персональных данных.');
    await t.db.update(people).set({ personalDataConsent: true }).where(eq(people.id, teacher.personId));
    const draft = await as((ctx) => createDraft(ctx, { template: 'additional-agreement', title: 'Дополнительное соглашение', data: { ...agreementExample, date: null, number: null } }));
    expect(await errorOf(as((ctx) => setStudentPairAgreement(ctx, { pairId: pairs.B, documentId: draft.id })))).toBe('Дополнительное соглашение ещё не оформлено (черновик).');
    await as((ctx) => issueDocument(ctx, { documentId: draft.id, issueDate: '2026-09-22' }));
    await as((ctx) => setStudentPairAgreement(ctx, { pairId: pairs.B, documentId: draft.id }));
    const order = await as((ctx) => prepareStudentPairOrder(ctx));
    await as((ctx) => issueStudentPairOrder(ctx, { documentId: order.id, issueDate: '2026-09-26' }));
    const [b] = await t.db.select().from(studentPairs).where(eq(studentPairs.id, pairs.B));
    expect(b!.status).toBe('active');
  });
});

describe('a teacher and the pupils of their pairs', () => {
  it('sees only the pairs they mentor', async () => {
    await linkTeacher(t.db, tree.scopes.teacher1a.userId, teacher.personId);
    const scope = (await loadScope(t.db, tree.scopes.teacher1a.userId))!;
    const seen = await listStudentPairs(t.db, scope);
    expect(seen.map((p) => p.pair.id)).toEqual([pairs.B]);
    expect(seen[0]!.mentees.map((m) => m.fullName).sort()).toEqual(['Лебедев Никита Олегович', 'Соколова Дарья Игоревна']);
    const stranger = (await loadScope(t.db, tree.scopes.district1.userId))!;
    expect(await listStudentPairs(t.db, stranger)).toEqual([]);
  });
});

describe('withdrawal ends the child’s participation by an order', () => {
  it('ends a pair whose only mentee’s consent is withdrawn', async () => {
    const res = await as((ctx) => withdrawStudentConsent(ctx, { pairId: pairs.A, subject: 'pupil', subjectId: anna.id, kind: 'participation', date: '2026-11-10' }));
    expect(res.terminationOrder?.number).toMatch(/-од$/);
    const [a] = await t.db.select().from(studentPairs).where(eq(studentPairs.id, pairs.A));
    expect(a).toMatchObject({ status: 'terminated', endedOn: '2026-11-10', terminationOrderId: res.terminationOrder!.id });
    const [order] = await t.db.select().from(documents).where(eq(documents.id, res.terminationOrder!.id));
    const text = await docxText(order!.docx!);
    expect(text).toContain('Прекратить с 10.11.2026 участие Петровой Анны Сергеевны (7Б класс) в программе наставничества обучающихся в связи с отзывом законным представителем согласия на участие в программе наставничества');
    expect(text).toContain('Считать прекращенной с 10.11.2026 наставническую пару Петровой Анны Сергеевны (7Б класс) и Орлова Павла Игоревича');
  });

  it('takes a child out of a group that goes on', async () => {
    const res = await as((ctx) => withdrawStudentConsent(ctx, { pairId: pairs.B, subject: 'pupil', subjectId: darya.id, kind: 'personal_data', date: '2026-11-12' }));
    const [b] = await t.db.select().from(studentPairs).where(eq(studentPairs.id, pairs.B));
    expect(b!.status).toBe('active');
    const members = await t.db.select().from(studentPairMentees).where(eq(studentPairMentees.pairId, pairs.B));
    expect(members.find((m) => m.pupilId === darya.id)).toMatchObject({ leftOn: '2026-11-12', terminationOrderId: res.terminationOrder!.id });
    const [order] = await t.db.select().from(documents).where(eq(documents.id, res.terminationOrder!.id));
    expect(await pdfText(order!.pdf!)).toMatch(/Исключить с 12\.11\.2026 Соколову Дарью Игоревну \(8А\s+класс\)/);
  });
});

describe('meetings, results and the results order', () => {
  it('records meetings and results and thanks the best pair in the dative, once', async () => {
    await as((ctx) => recordStudentMeeting(ctx, { pairId: pairs.C, heldOn: '2026-10-15', topic: 'Выбор профиля', feedback: 'Илья определился с интересами.' }));
    await as((ctx) => setStudentPairResults(ctx, { pairId: pairs.C, results: 'Илья выбрал профиль обучения.', best: true }));
    await as((ctx) => setStudentPairResults(ctx, { pairId: pairs.B, results: 'Проект к конференции.', best: false }));
    const issued = await as((ctx) => issueStudentResultsOrder(ctx, { issueDate: '2027-06-01', period: 'в 2026/2027 учебном году' }));
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, issued.id));
    const text = await docxText(doc!.docx!);
    expect(text).toContain('Объявить благодарность за высокие результаты участия в программе наставничества: Сидорову Петру Ильичу (студент колледжа (вуза), Бийский педагогический колледж, 3 курс) и Зайцеву Илье (8Б класс).');
    expect(text).toContain('Проект к конференции.');
    expect(await errorOf(as((ctx) => issueStudentResultsOrder(ctx, { issueDate: '2027-06-01', period: null })))).toBe('Нет пар с записанными итогами: запишите итоги на странице пары.');
  });
});

describe('the student path on the school dashboard', () => {
  it('reads the seven stages from the school’s own rows, and another school sees none of them', async () => {
    const facts = await loadStudentFacts(t.db, curator());
    expect(facts).toMatchObject({ mentees: 4, mentors: 4, pairOrder: 'issued', resultsOrder: 'issued', meetings: 1, pairs: { terminated: 1, completed: 2 } });
    const steps = studentPath(facts);
    expect(steps[4]!.state).toBe('done');
    expect(steps[6]!.next).toBe('Приказ об итогах издан.');
    expect(await loadStudentFacts(t.db, tree.scopes.head2)).toMatchObject({ mentees: 1, mentors: 0, pairOrder: 'none' });
  });
});
