import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/documents/model';
import { acknowledgementSheet, annexCaption, approvalStamp, directive, ELECTRONIC_MARK, orderHead, placeOfIssue, preamble, signature, type OrgRequisites } from './order';

const org: OrgRequisites = {
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
  shortName: 'МБОУ «СОШ № 1»',
  city: 'Бийск',
  headPosition: 'Директор',
  head: { lastName: 'Мелихова', firstName: 'Анна', middleName: 'Григорьевна' },
  orderSuffix: '-од',
};

describe('orderHead', () => {
  it('lays out header, document type, date and number, place and title', () => {
    expect(orderHead({ org, date: '2024-11-08', number: '181-од', title: 'О закреплении наставнических пар' })).toEqual<Block[]>([
      { kind: 'orgHeader', lines: [org.fullName, '(МБОУ «СОШ № 1»)'] },
      { kind: 'docType', text: 'ПРИКАЗ' },
      { kind: 'dateNumber', date: '08.11.2024', number: '№ 181-од' },
      { kind: 'place', text: 'г. Бийск' },
      { kind: 'title', text: 'О закреплении наставнических пар' },
    ]);
  });

  it('leaves blanks to fill in by hand in a draft', () => {
    const head = orderHead({ org, docType: 'РАСПОРЯЖЕНИЕ', date: null, number: null, title: 'О…' });
    expect(head[1]).toEqual({ kind: 'docType', text: 'РАСПОРЯЖЕНИЕ' });
    expect(head[2]).toEqual({ kind: 'dateNumber', date: '«__» ________ 20__ г.', number: '№ ____' });
  });

  it('keeps a settlement type the city already states', () => {
    expect(placeOfIssue('с. Алтайское')).toBe('с. Алтайское');
    expect(placeOfIssue('р.п. Тальменка')).toBe('р.п. Тальменка');
    expect(placeOfIssue('Горно-Алтайск')).toBe('г. Горно-Алтайск');
  });
});

describe('order parts', () => {
  it('writes the preamble indented and justified, and the directive spaced', () => {
    expect(preamble('В соответствии с …')).toEqual({ kind: 'paragraph', runs: ['В соответствии с …'], align: 'justify', indent: true });
    expect(directive()).toEqual({ kind: 'directive', text: 'п р и к а з ы в а ю:' });
  });

  it('signs with initials before the last name', () => {
    expect(signature({ position: ['Директор', 'МБОУ «СОШ № 1»'], person: org.head })).toEqual({
      kind: 'signature',
      position: ['Директор', 'МБОУ «СОШ № 1»'],
      name: 'А.Г. Мелихова',
    });
  });

  it('numbers the acknowledgement rows and marks electronic acknowledgements', () => {
    const [lead, table] = acknowledgementSheet({
      rows: [
        { name: 'Киреева О.А.', unit: 'МБОУ «СОШ № 1»', date: '2022-05-26', signed: 'electronic' },
        { name: 'Лабуренко Т.М.', unit: 'МБОУ «СОШ № 3»' },
      ],
    });
    expect(lead).toMatchObject({ kind: 'paragraph', runs: ['С приказом ознакомлены:'] });
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.columns.map((c) => c.header)).toEqual(['№ п/п', 'Ф.И.О.', 'Учреждение', 'Дата', 'Подпись']);
    expect(table.rows).toEqual([
      { cells: ['1.', 'Киреева О.А.', 'МБОУ «СОШ № 1»', '26.05.2022', ELECTRONIC_MARK] },
      { cells: ['2.', 'Лабуренко Т.М.', 'МБОУ «СОШ № 3»', '', ''] },
    ]);
    const [, byPosition] = acknowledgementSheet({ rows: [], unitHeader: 'Должность' });
    expect(byPosition.kind === 'table' && byPosition.columns[2].header).toBe('Должность');
  });

  it('captions annexes and approval stamps with date and number', () => {
    expect(annexCaption({ annexNo: 1, date: '2022-05-25', number: '701' })).toEqual({
      kind: 'annexCaption',
      lines: ['Приложение № 1', 'к приказу от 25.05.2022 № 701'],
    });
    expect(annexCaption({ annexNo: null, docKind: 'распоряжению', date: null, number: null })).toEqual({
      kind: 'annexCaption',
      lines: ['Приложение', 'к распоряжению от «__» ________ 20__ г. № ____'],
    });
    expect(approvalStamp({ byWhat: 'приказом МБОУ «СОШ № 1»', date: '2022-09-01', number: '181-од' })).toEqual([
      'УТВЕРЖДЕНО',
      'приказом МБОУ «СОШ № 1»',
      'от 01.09.2022 № 181-од',
    ]);
  });
});
