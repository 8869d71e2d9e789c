// Building blocks for the recurring pieces of official documents (orders, their annexes
// and acknowledgement sheets), laid out as real schools issue them.
import { formatDate, initialsBefore, type PersonName } from '@/lib/core/russian';
import { fitImage, inspectImage, type ImageFormat } from '@/lib/documents/image';
import type { Block } from '@/lib/documents/model';

/**
 * The organization's бланк (ГОСТ Р 7.0.97-2025): the emblem above the name and the reference
 * data under it, each printed only where the organization filled it in.
 */
export interface Letterhead {
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  ogrn?: string | null;
  inn?: string | null;
  /** PNG or JPEG, base64: the data snapshot of an issued document carries the image itself. */
  emblem?: { format: ImageFormat; data: string } | null;
}

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
  letterhead?: Letterhead | null;
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

/** The emblem's box on the бланк: centred above the name, the size of a printed coat of arms. */
export const EMBLEM_MAX_MM = { width: 30, height: 17 } as const;

/** Reference data lines of a letterhead: address; phone and e-mail; ОГРН and ИНН. */
export function letterheadDetails(l: Letterhead | null | undefined): string[] {
  if (!l) return [];
  const join = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(', ');
  return [l.address ?? '', join([l.phone && `тел. ${l.phone}`, l.email && `e-mail: ${l.email}`]), join([l.ogrn && `ОГРН ${l.ogrn}`, l.inn && `ИНН ${l.inn}`])].filter(
    (line) => line.trim() !== '',
  );
}

/**
 * The бланк of an order or a letter: the emblem (if any), the organization's full name with the
 * short one in brackets, and its reference data. Every order gets it through orderHead.
 */
export function letterhead(org: OrgRequisites): Block[] {
  const orgLines = org.shortName && org.shortName !== org.fullName ? [org.fullName, `(${org.shortName})`] : [org.fullName];
  const blocks: Block[] = [];
  const emblem = org.letterhead?.emblem;
  if (emblem) {
    const bytes = Buffer.from(emblem.data, 'base64');
    const info = inspectImage(bytes);
    // The schema refused a bad image already; a stored one that fails here is left out rather than break the order.
    if (!('problem' in info)) blocks.push({ kind: 'image', format: info.format, bytes, align: 'center', ...fitImage(info, EMBLEM_MAX_MM.width, EMBLEM_MAX_MM.height) });
  }
  const details = letterheadDetails(org.letterhead);
  blocks.push(details.length ? { kind: 'orgHeader', lines: orgLines, details } : { kind: 'orgHeader', lines: orgLines });
  return blocks;
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
  return [
    ...letterhead(org),
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
  /** The evidence of an in-app acknowledgement: then the mark of ГОСТ Р 7.0.97-2025 replaces the bare word. */
  signature?: SignatureEvidence | null;
}

/** Who, when, by what means, on which local act, the stored record and the hash of the document. */
export interface SignatureEvidence {
  signer: string;
  at: string;
  means: string;
  act: { date: string; number: string };
  recordId: string;
  documentSha256: string;
}

export const ELECTRONIC_MARK = 'ознакомлен(а) электронно';

/** '26.05.2022 10:15 (МСК)': one zone for every school of the country, so marks of one sheet compare at a glance. */
function moscowTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} ${get('hour')}:${get('minute')} (МСК)`;
}

/** The short mark in the signature cell, pointing to the full one under the table. */
export const signatureCellMark = (n: number) => `подписано ПЭП, отметка № ${n}`;

/** The full mark of an electronic signature (ГОСТ Р 7.0.97-2025) for one acknowledgement. */
export function signatureMarkText(e: SignatureEvidence): string {
  return (
    `ДОКУМЕНТ ПОДПИСАН ПРОСТОЙ ЭЛЕКТРОННОЙ ПОДПИСЬЮ. Подписант: ${e.signer}; дата и время: ${moscowTime(e.at)}; ` +
    `средство: ${e.means}; основание: локальный нормативный акт об электронном документообороте от ${formatDate(e.act.date)} № ${e.act.number} ` +
    `(статья 22.2 Трудового кодекса Российской Федерации) и согласие работника (статья 22.1); ` +
    `запись об ознакомлении № ${e.recordId}; SHA-256 документа: ${e.documentSha256}.`
  );
}

/** «С приказом ознакомлены:» and the table № п/п | Ф.И.О. | Учреждение | Дата | Подпись. */
export function acknowledgementSheet(o: { rows: AcknowledgementRow[]; unitHeader?: string }): Block[] {
  const marks: { row: number; evidence: SignatureEvidence }[] = [];
  const signatureCell = (row: AcknowledgementRow, i: number): string => {
    if (row.signed !== 'electronic') return '';
    if (!row.signature) return ELECTRONIC_MARK;
    marks.push({ row: i + 1, evidence: row.signature });
    return signatureCellMark(marks.length);
  };
  const table: Block = {
    kind: 'table',
    columns: [
      { header: '№ п/п', width: 1.2, align: 'center' },
      { header: 'Ф.И.О.', width: 4 },
      { header: o.unitHeader ?? 'Учреждение', width: 5 },
      { header: 'Дата', width: 2.2, align: 'center' },
      { header: 'Подпись', width: 2.6, align: 'center' },
    ],
    rows: o.rows.map((row, i) => ({
      cells: [`${i + 1}.`, row.name, row.unit, row.date ? formatDate(row.date) : '', signatureCell(row, i)],
    })),
  };
  return [
    { kind: 'paragraph', runs: ['С приказом ознакомлены:'], keepWithNext: true },
    table,
    ...(marks.length
      ? [
          { kind: 'paragraph' as const, runs: ['Отметки об электронной подписи:'], keepWithNext: true },
          {
            kind: 'numbered' as const,
            items: marks.map((m) => ({ text: `(строка ${m.row}) ${signatureMarkText(m.evidence)}` })),
          },
        ]
      : []),
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
