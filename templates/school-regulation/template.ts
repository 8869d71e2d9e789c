// The school's Положение о системе наставничества педагогических работников (annex 1 to
// the introduction order): annex caption, the ПРИНЯТО / СОГЛАСОВАНО / УТВЕРЖДЕНО stamps side
// by side, and the sections numbered 1., 1.1., 1.1.1. with dash lists under the clauses.
import { initialsBefore } from '@/lib/core/russian';
import type { Block, DocumentModel } from '@/lib/documents/model';
import { annexCaption, approvalStamp } from '@/templates/_parts';
import type { ActRef } from '@/templates/_school/fields';
import { dateAndNumber, REGULATION_SUBJECT, regulationSubject } from '@/templates/_school/wording';
import type { SchoolRegulation } from './schema';

type Clause = SchoolRegulation['sections'][number]['clauses'][number];

/** The Положение of any school; the document adds «в» and the school's name. */
export const TITLE = `Положение ${REGULATION_SUBJECT}`;

const SIGNATURE_BLANK = '______________';

/** 'протокол от 29.08.2025' over '№ 1': a narrow stamp would otherwise part «№» from its number. */
function protocolLines(ref: ActRef): string[] {
  const [date, number] = dateAndNumber(ref).split(' № ');
  return [`протокол ${date}`, `№ ${number}`];
}

/** Shared with the student model's Положение, which carries the same stamps. */
export function stamps(data: SchoolRegulation): string[][] {
  const union = data.union
    ? [
        [
          'СОГЛАСОВАНО',
          'Председатель первичной профсоюзной организации',
          `${SIGNATURE_BLANK} ${data.union.chair ? initialsBefore(data.union.chair) : SIGNATURE_BLANK}`,
          ...(data.union.protocol ? protocolLines(data.union.protocol) : []),
        ],
      ]
    : [];
  return [
    ['ПРИНЯТО', 'решением педагогического совета', ...protocolLines(data.council)],
    ...union,
    approvalStamp({ byWhat: `приказом ${data.org.shortName}`, date: data.approvedBy.date, number: data.approvedBy.number }),
  ];
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', runs: [text], align: 'justify', indent: true };
}

function dashList(items: string[]): Block[] {
  return items.map((item, i) => paragraph(`– ${item.trim().replace(/[.,;:\s]+$/, '')}${i === items.length - 1 ? '.' : ';'}`));
}

export function clauseBlocks(clause: Clause, number: string): Block[] {
  return [
    paragraph(`${number} ${clause.text}`),
    ...dashList(clause.list ?? []),
    ...(clause.subclauses ?? []).flatMap((sub, k) => [paragraph(`${number}${k + 1}. ${sub.text}`), ...dashList(sub.list ?? [])]),
  ];
}

export function build(data: SchoolRegulation): DocumentModel {
  const subject = regulationSubject(data.org);
  return {
    title: `Положение ${subject}`,
    leftMarginMm: 30,
    blocks: [
      annexCaption({ annexNo: data.annexNo, docKind: `приказу ${data.org.shortName}`, date: data.approvedBy.date, number: data.approvedBy.number }),
      { kind: 'stamps', stamps: stamps(data) },
      { kind: 'docType', text: 'ПОЛОЖЕНИЕ' },
      { kind: 'title', text: subject, align: 'center' },
      ...data.sections.flatMap((section, i) => [
        { kind: 'heading', text: `${i + 1}. ${section.title}` } as const,
        ...section.clauses.flatMap((clause, j) => clauseBlocks(clause, `${i + 1}.${j + 1}.`)),
      ]),
    ],
  };
}
