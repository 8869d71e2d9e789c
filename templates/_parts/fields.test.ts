import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, docNumber, isoDate, legalBases, line, optional, orgRequisites, personName, text } from './fields';

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : describeIssues(result.error);
};

describe('personName', () => {
  it('accepts a name with or without patronymic and normalises blanks to null', () => {
    expect(personName.parse({ lastName: ' Иванова ', firstName: 'Мария', middleName: '' })).toEqual({
      lastName: 'Иванова',
      firstName: 'Мария',
      middleName: null,
    });
    expect(personName.parse({ lastName: 'Мамедов', firstName: 'Эльдар', middleName: 'Рашид оглы', gender: 'male' }).gender).toBe('male');
  });

  it('says in Russian which part is wrong', () => {
    const schema = z.object({ pairs: z.array(z.object({ mentor: personName })) });
    expect(messages(schema, { pairs: [{ mentor: { firstName: 'Мария', lastName: 'Ив<script>' } }, { mentor: { firstName: 'Анна' } }] })).toEqual([
      'Ошибка в поле «pairs.0.mentor.lastName»: допустимы только буквы, пробел, дефис и апостроф',
      'Ошибка в поле «pairs.1.mentor.lastName»: обязательное поле',
    ]);
    expect(messages(personName, { lastName: 'Иванова', firstName: 'Мария', gender: 'x' })).toEqual(['Ошибка в поле «gender»: пол: male или female']);
  });
});

describe('isoDate', () => {
  it('accepts calendar dates only', () => {
    expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(messages(isoDate, '2023-02-29')).toEqual(['Ошибка в данных: такой даты нет в календаре']);
    expect(messages(isoDate, '01.09.2024')).toEqual(['Ошибка в данных: дата в формате ГГГГ-ММ-ДД']);
    expect(messages(isoDate, undefined)).toEqual(['Ошибка в данных: обязательное поле']);
  });
});

describe('text and line', () => {
  it('trims, normalises line ends and bounds the length', () => {
    expect(text(20).parse('  первая\r\nвторая\t ')).toBe('первая\nвторая');
    expect(messages(text(5), 'шесть!')).toEqual(['Ошибка в данных: не длиннее 5 символов']);
    expect(messages(text(5), '   ')).toEqual(['Ошибка в данных: обязательное поле']);
  });

  it('rejects control characters, and line breaks in a line', () => {
    expect(messages(text(20), 'a\u0000b')).toEqual(['Ошибка в данных: недопустимые управляющие символы']);
    expect(messages(line(20), 'a\nb')).toEqual(['Ошибка в данных: текст должен быть в одну строку без управляющих символов']);
  });

  it('makes a field optional the way forms send it', () => {
    const schema = z.object({ note: optional(text(10)).optional() });
    expect(schema.parse({ note: '  ' })).toEqual({ note: null });
    expect(schema.parse({ note: null })).toEqual({ note: null });
    expect(schema.parse({})).toEqual({});
    expect(schema.parse({ note: ' да ' })).toEqual({ note: 'да' });
  });
});

describe('organization fields', () => {
  it('validates requisites, numbers and legal bases', () => {
    const org = {
      fullName: 'Муниципальное бюджетное общеобразовательное учреждение «СОШ № 1»',
      shortName: 'МБОУ «СОШ № 1»',
      city: 'Бийск',
      headPosition: 'Директор',
      head: { lastName: 'Мелихова', firstName: 'Анна', middleName: 'Григорьевна' },
      orderSuffix: '-од',
    };
    expect(orgRequisites.parse(org)).toMatchObject({ orderSuffix: '-од' });
    expect(messages(orgRequisites, { ...org, head: undefined })).toEqual(['Ошибка в поле «head»: обязательное поле']);
    expect(docNumber.parse('181-од')).toBe('181-од');
    expect(messages(docNumber, '№ 181')).toHaveLength(1);
    expect(legalBases.parse([{ title: 'распоряжение Правительства Российской Федерации от 31.12.2019 № 3273-р' }])).toHaveLength(1);
    expect(messages(legalBases, [{ title: '' }])).toEqual(['Ошибка в поле «0.title»: обязательное поле']);
  });
});

describe('wrong types', () => {
  const pairOrder = z.object({ pairs: z.array(z.object({ mentor: personName })), org: orgRequisites, note: text(100) });

  it('says what was expected, in Russian words, never «обязательное поле» for a present value', () => {
    const all = messages(pairOrder, { pairs: 'Иванова', org: 'МБОУ', note: ['строка'] });
    expect(all).toEqual([
      'Ошибка в поле «pairs»: ожидается список',
      'Ошибка в поле «org»: ожидается набор полей',
      'Ошибка в поле «note»: ожидается текст',
    ]);
    expect(messages(pairOrder, { pairs: [5, { mentor: { lastName: 7, firstName: true } }], org: null, note: 3 })).toEqual([
      'Ошибка в поле «pairs.0»: ожидается набор полей',
      'Ошибка в поле «pairs.1.mentor.lastName»: ожидается текст',
      'Ошибка в поле «pairs.1.mentor.firstName»: ожидается текст',
      'Ошибка в поле «org»: обязательное поле',
      'Ошибка в поле «note»: ожидается текст',
    ]);
  });

  it('covers schemas without messages of their own: no English, no JavaScript type names', () => {
    const bare = z.object({ n: z.number(), flag: z.boolean(), list: z.array(z.string()), items: z.array(z.number()).max(1) });
    const all = messages(bare, { n: 'пять', flag: 'да', list: 'a', items: [1, 2] });
    expect(all).toEqual([
      'Ошибка в поле «n»: ожидается число',
      'Ошибка в поле «flag»: ожидается да или нет',
      'Ошибка в поле «list»: ожидается список',
      'Ошибка в поле «items»: не больше 1 элемента',
    ]);
    for (const m of all) expect(m.replace(/^.*»: /, "")).not.toMatch(/[A-Za-z]|получено|ожидалось/);
  });
});

describe('printable text', () => {
  it('refuses what the document font cannot draw and invisible format characters, naming the character', () => {
    expect(messages(z.object({ position: line(100) }), { position: 'учитель 😀' })).toEqual([
      'Ошибка в поле «position»: символ «😀» нельзя напечатать в документе',
    ]);
    expect(messages(z.object({ note: text(100) }), { note: 'текст\u202Eтсккет' })).toEqual([
      'Ошибка в поле «note»: невидимый символ U+202E (управление направлением текста) недопустим',
    ]);
    expect(messages(personName, { lastName: 'Иванова\u200B', firstName: 'Мария' })[0]).toBe(
      'Ошибка в поле «lastName»: невидимый символ U+200B (пробел нулевой ширины) недопустим',
    );
    expect(messages(line(100), 'ст. 351.8 ТК РФ — «СОШ № 1»')).toEqual([]);
  });
});
