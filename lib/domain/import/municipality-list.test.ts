import { describe, expect, it } from 'vitest';
import { municipalityColumnOf, parseMunicipalityList } from './municipality-list';
import { readSheet } from './read-sheet';

const csv = (...lines: string[]) => readSheet(new TextEncoder().encode(lines.join('\r\n')), 'муниципалитеты.csv');

describe('the municipality list', () => {
  it('tells the head’s columns from the coordinator’s by their headers', () => {
    expect(municipalityColumnOf('Ф.И.О. руководителя')).toBe('headFullName');
    expect(municipalityColumnOf('Начальник управления')).toBe('headFullName');
    expect(municipalityColumnOf('Координатор')).toBe('coordinatorFullName');
    expect(municipalityColumnOf('Фамилия координатора')).toBe('coordinatorLastName');
    expect(municipalityColumnOf('Имя руководителя')).toBe('headFirstName');
    expect(municipalityColumnOf('E-mail координатора')).toBe('coordinatorEmail');
    expect(municipalityColumnOf('Должность руководителя')).toBe('headPosition');
    expect(municipalityColumnOf('Должность координатора')).toBeNull();
    expect(municipalityColumnOf('Фамилия')).toBeNull();
  });

  it('accepts separate name columns for both people and lower-cases the e-mail', async () => {
    const list = parseMunicipalityList(
      await csv(
        'Полное наименование,Краткое наименование,Населённый пункт,Должность руководителя,Фамилия руководителя,Имя руководителя,Отчество руководителя,Фамилия координатора,Имя координатора,Отчество координатора,Email координатора',
        'Комитет по образованию города Рубцовска,Комитет г. Рубцовска,г. Рубцовск,Председатель,Мищенко,Ольга,Викторовна,Громова,Ирина,,Gromova@R.example',
      ),
    );
    expect(list.errors).toEqual([]);
    expect(list.rows[0]).toMatchObject({ line: 2, headMiddleName: 'Викторовна', coordinatorLastName: 'Громова', coordinatorMiddleName: null, coordinatorEmail: 'gromova@r.example', orderSuffix: null });
  });

  it('says what is missing when there is no header or no row', async () => {
    expect(parseMunicipalityList(await csv('a;b', '1;2')).errors[0]!.messages[0]).toMatch(/Не найдена строка заголовков: нужны столбцы «Полное наименование»/);
    expect(parseMunicipalityList(await csv('Полное наименование;Краткое наименование;Населённый пункт;Должность руководителя;ФИО руководителя;ФИО координатора;Email')).errors).toEqual([
      { line: 0, messages: ['В файле нет ни одного муниципалитета под строкой заголовков.'] },
    ]);
  });
});
