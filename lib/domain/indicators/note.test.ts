import { describe, expect, it } from 'vitest';
import { schema } from '@/templates/analytical-note/schema';
import { emptyCounts, sumCounts, type UnitCounts } from './compute';
import { analyticalNoteData, DEFAULT_PURPOSE, type NoteInput, territoryGuess } from './note';

const counts = (over: Partial<UnitCounts>): UnitCounts => ({ ...emptyCounts(), schools: 1, ...over });

const input = (schools: NoteInput['schools']): NoteInput => ({
    level: 'municipality',
    total: sumCounts(schools.map((s) => s.counts)),
    schools,
    author: 'МКУ «Управление образования Администрации города Бийска»',
    territory: 'города Бийска',
    periodFrom: '2026-09-01',
    periodTo: '2026-12-20',
    referenceDate: '2026-12-20',
    date: '2026-12-21',
    purpose: DEFAULT_PURPOSE,
    signer: { position: ['Начальник'], person: { lastName: 'Строкина', firstName: 'Светлана', middleName: 'Викторовна' } },
});

describe('the analytical note from indicators', () => {
  const schools = [
    { name: 'МБОУ «СОШ № 1»', counts: counts({ schoolsImplementing: 1, schoolsWithRegulation: 1, mentors: 3, mentees: 4, pairsActive: 3, pairsCompleted: 1, youngTeachers: 4, youngCovered: 3, staffWithoutData: 2, consentsOutstanding: 1 }) },
    { name: 'МБОУ «СОШ № 17»', counts: counts({ youngTeachers: 2 }) },
  ];
  const data = analyticalNoteData(input(schools));

  it('is valid data for the template', () => {
    expect(schema.safeParse(data).success).toBe(true);
  });

  it('puts plan and fact of the shares, rounded to tenths', () => {
    expect(data.indicators.map((i) => [i.plan, i.fact])).toEqual([
      [100, 50],
      [100, 50],
      [70, 50],
    ]);
  });

  it('counts current pairs per school and words conclusions from the numbers', () => {
    expect(data.schools[0]).toMatchObject({ mentors: 3, mentees: 4, pairs: 3, youngTeachers: 4, youngCovered: 3 });
    expect(data.conclusions).toContain(
      'Наставничеством охвачено 3 из 6 педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет (50 %) при плановом значении не менее 70 %: плановое значение не достигнуто',
    );
    expect(data.conclusions.join('\n')).toMatch(/Возраст и стаж не учтены для 2 педагогических работников/);
    expect(data.conclusions.join('\n')).toMatch(/В муниципальной базе наставников 3 наставника/);
    expect(data.conclusions.join('\n')).toMatch(/Не получено 1 согласие/);
    expect(data.recommendations[0]).toBe(
      'Руководителям МБОУ «СОШ № 17» издать приказ о внедрении системы (целевой модели) наставничества педагогических работников и утвердить положение о системе наставничества',
    );
  });

  it('names at most ten schools in a sentence', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ name: `Школа ${i + 1}`, counts: counts({}) }));
    expect(analyticalNoteData(input(many)).recommendations[0]).toMatch(/Школа 10 и ещё 3 издать/);
  });

  it('guesses the territory in the genitive from a municipal office name', () => {
    expect(territoryGuess({ fullName: 'Муниципальное казённое учреждение «Управление образования Администрации города Бийска»' })).toBe('города Бийска');
    expect(territoryGuess({ fullName: 'КАУ ДПО «АИРО имени А.М. Топорова»' })).toBe('');
  });
});

describe('the student model in the analytical note', () => {
  const schools = [
    { name: 'МБОУ «СОШ № 1»', counts: counts({ pupils10to19: 30, studentMentees: 6, pupils15to19: 10, studentMentors: 1 }) },
    { name: 'МБОУ «СОШ № 17»', counts: counts({ pupils10to19: 70, studentMentees: 4, pupils15to19: 40, studentMentors: 1 }) },
  ];
  const plan = { year: 2021, menteeShare: 25, mentorShare: 4 };

  it('adds both indicators with the sums of the schools and words the conclusions from them', () => {
    const data = analyticalNoteData({ ...input(schools), studentPlan: plan });
    expect(schema.safeParse(data).success).toBe(true);
    expect(data.indicators.slice(-2).map((i) => [i.name.slice(0, 45), i.plan, i.fact])).toEqual([
      ['Доля обучающихся в возрасте от 10 до 19 лет, ', 25, 10],
      ['Доля обучающихся в возрасте от 15 до 19 лет, ', 4, 4],
    ]);
    expect(data.conclusions).toContain(
      'В программы наставничества в роли наставляемого вошли 10 из 100 обучающихся в возрасте от 10 до 19 лет (10 %) при плановом значении 25 %: плановое значение не достигнуто',
    );
    expect(data.conclusions).toContain(
      'В программы наставничества в роли наставника вошли 2 из 50 обучающихся в возрасте от 15 до 19 лет (4 %) при плановом значении 4 %: плановое значение достигнуто',
    );
    expect(data.recommendations.join('\n')).toMatch(/в роли наставляемых \(10–19 лет\) до плановых значений/);
  });

  it('leaves the student model out where no pupils are kept', () => {
    const data = analyticalNoteData({ ...input([{ name: 'МБОУ «СОШ № 1»', counts: counts({}) }]), studentPlan: plan });
    expect(data.indicators).toHaveLength(3);
    expect(data.conclusions.join('\n')).not.toMatch(/обучающихся/);
  });
});
