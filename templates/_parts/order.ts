// Building blocks for the recurring pieces of official documents (orders, their annexes
// and acknowledgement sheets), laid out as real schools issue them.
import { formatDate, initialsBefore, type PersonName } from '@/lib/core/russian';
import type { Block } from '@/lib/documents/model';

export interface OrgRequisites {
  fullName: string;
  shortName: string;
  /** 'Бийск' (printed as 'г. Бийск'), or with its own settlement type: 'с. Алтайское'. */
  city: string;
  headPosition: string;
  head: PersonName;
  /**
   * Appended to the sequence number when a number is allocated ('-од', '-д', '').
   * The `number` arguments below are already full registered numbers ('181-од').
   */
  orderSuffix: string;
}

/** An act as cited in a preamble, already worded. */
export interface LegalBasis {
  title: string;
}

/** What a draft shows where the date and number will be written in by hand. */
export const BLANK_DATE = '«__» ________ 20__ г.';
export const BLANK_NUMBER = '____';

const dateOrBlank = (iso: string | null) => (iso ? formatDate(iso) : BLANK_DATE);
const numberOrBlank = (number: string | null) => number || BLANK_NUMBER;

const SETTLEMENT_TYPE = /^(г|с|п|д|х|ст|пгт|рп|р\.\s?п|ст-ца|аул)\.?\s/i;

/** 'Бийск' → 'г. Бийск'; a name that already states its settlement type stays as is. */
export function placeOfIssue(city: string): string {
  return SETTLEMENT_TYPE.test(city) ? city : `г. ${city}`;
}

/** Organization header, document type, date and number, place of issue, title. */
export function orderHead(o: {
  org: OrgRequisites;
  docType?: string;
  date: string | null;
  number: string | null;
  title: string;
}): Block[] {
  const { org } = o;
  const orgLines = org.shortName && org.shortName !== org.fullName ? [org.fullName, `(${org.shortName})`] : [org.fullName];
  return [
    { kind: 'orgHeader', lines: orgLines },
    { kind: 'docType', text: o.docType ?? 'ПРИКАЗ' },
    { kind: 'dateNumber', date: dateOrBlank(o.date), number: `№ ${numberOrBlank(o.number)}` },
    { kind: 'place', text: placeOfIssue(org.city) },
    { kind: 'title', text: o.title },
  ];
}

/** The reasons of an order: an indented justified paragraph. */
export function preamble(text: string): Block {
  return { kind: 'paragraph', runs: [text], align: 'justify', indent: true };
}

export function directive(): Block {
  return { kind: 'directive', text: 'п р и к а з ы в а ю:' };
}

/** Position on the left, 'А.Г. Мелихова' on the right of its last line. */
export function signature(o: { position: string[]; person: PersonName }): Block {
  return { kind: 'signature', position: o.position, name: initialsBefore(o.person) };
}

export interface AcknowledgementRow {
  /** As it should stand in the list, usually 'Иванова М.П.'. */
  name: string;
  unit: string;
  date?: string | null;
  /** Electronic acknowledgement is printed as a mark; a paper one is signed in the empty cell. */
  signed?: 'electronic' | 'paper' | null;
}

export const ELECTRONIC_MARK = 'ознакомлен(а) электронно';

/** «С приказом ознакомлены:» and the table № п/п | Ф.И.О. | Учреждение | Дата | Подпись. */
export function acknowledgementSheet(o: { rows: AcknowledgementRow[]; unitHeader?: string }): Block[] {
  return [
    { kind: 'paragraph', runs: ['С приказом ознакомлены:'], keepWithNext: true },
    {
      kind: 'table',
      columns: [
        { header: '№ п/п', width: 1.2, align: 'center' },
        { header: 'Ф.И.О.', width: 4 },
        { header: o.unitHeader ?? 'Учреждение', width: 5 },
        { header: 'Дата', width: 2.2, align: 'center' },
        { header: 'Подпись', width: 2.6, align: 'center' },
      ],
      rows: o.rows.map((row, i) => ({
        cells: [
          `${i + 1}.`,
          row.name,
          row.unit,
          row.date ? formatDate(row.date) : '',
          row.signed === 'electronic' ? ELECTRONIC_MARK : '',
        ],
      })),
    },
  ];
}

/** 'Приложение № 1' / 'к приказу от 25.05.2022 № 701', right-aligned. */
export function annexCaption(o: { annexNo: number | null; docKind?: string; date: string | null; number: string | null }): Block {
  return {
    kind: 'annexCaption',
    lines: [
      o.annexNo === null ? 'Приложение' : `Приложение № ${o.annexNo}`,
      `к ${o.docKind ?? 'приказу'} от ${dateOrBlank(o.date)} № ${numberOrBlank(o.number)}`,
    ],
  };
}

/** Lines of one approval stamp: 'УТВЕРЖДЕНО' / 'приказом МБОУ «СОШ № 1»' / 'от 01.09.2022 № 181-од'. */
export function approvalStamp(o: { word?: string; byWhat: string; date: string | null; number: string | null }): string[] {
  return [o.word ?? 'УТВЕРЖДЕНО', o.byWhat, `от ${dateOrBlank(o.date)} № ${numberOrBlank(o.number)}`];
}
