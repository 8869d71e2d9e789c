import { describe, expect, it } from 'vitest';
import { copy, expectRussianIssue, HOSTILE, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('student-pair-order', () => {
  it('assigns pupils in the accusative to mentors in the instrumental, with form, role variant and term', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О закреплении наставнических пар (групп) обучающихся на 2026/2027 учебный год');
      expect(text).toContain('№ 215-од');
      expect(text).toContain('Положением о наставничестве обучающихся в МБОУ «СОШ № 1», утвержденным приказом от 01.09.2026 № 190-од');
      expect(text).toContain('законных представителей несовершеннолетних обучающихся');
      expect(text).toContain(
        'Закрепить Петрову Анну Сергеевну (7Б класс) за Орловым Павлом Игоревичем (обучающийся 10А класса) на период с 01.10.2026 по 31.05.2027, форма наставничества «ученик – ученик» (ролевая модель «успевающий – неуспевающий»), вид наставничества — индивидуальное.',
      );
      expect(text).toContain('Закрепить Лебедева Никиту Олеговича (8А класс) и Соколову Дарью Игоревну (8А класс) за Ивановой Марией Петровной (педагог, учитель математики) (наставническая группа)');
      expect(text).toContain('Закрепить Зайцева Илью (9В класс) за Сидоровым Петром Ильичом');
      expect(text).toContain('Куратору программы наставничества обучающихся А.С. Петровой');
    }
    expect(docx).toContain('№ п/п | Ф.И.О. наставника | Наставник (категория, класс) | Ф.И.О. наставляемого | Класс | Форма наставничества | Ролевая модель | Срок');
    expect(docx).toContain('1. | Орлов Павел Игоревич | обучающийся 10А класса | Петрова Анна Сергеевна | 7Б | ученик – ученик | успевающий – неуспевающий | 01.10.2026 – 31.05.2027');
    expect(docx).toContain(' | Иванова Мария Петровна | педагог, учитель математики | Соколова Дарья Игоревна | 8А | учитель – ученик |');
    expect(docx).toContain('3. | Сидоров Пётр Ильич | студент колледжа (вуза), Бийский педагогический колледж | Зайцев Илья | 9В | студент – ученик | — |');
  });

  it('leaves the Положение uncited until it is issued', async () => {
    const { docx } = await renderTexts(build(schema.parse({ ...copy(example), regulation: null })));
    expect(docx).not.toContain('Положением о наставничестве обучающихся');
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.pairs[0]!.form = `ученик ${HOSTILE} ученик`;
    const { docx, pdf } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`ученик ${HOSTILE} ученик`);
    expect(pdf).toContain(HOSTILE);
  });

  it('rejects an order without pairs and a pupil without a class', () => {
    expectRussianIssue(schema, { ...copy(example), pairs: [] }, ['pairs']);
    const noClass = copy(example);
    noClass.pairs[0]!.mentees[0]!.className = '';
    expectRussianIssue(schema, noClass, ['pairs', '0', 'mentees', '0', 'className']);
  });
});
