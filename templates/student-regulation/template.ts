// The school's Положение о наставничестве обучающихся (annex 1 to the order introducing the
// student model, Р-145): annex caption, the ПРИНЯТО / УТВЕРЖДЕНО stamps, and the sections
// numbered as in the teacher model's Положение, whose stamp and clause layout it shares.
import type { DocumentModel } from '@/lib/documents/model';
import { annexCaption } from '@/templates/_parts';
import { clauseBlocks, stamps } from '@/templates/school-regulation/template';
import type { StudentRegulation } from './schema';
import { STUDENT_REGULATION_SUBJECT, studentRegulationSubject } from './wording';

export const TITLE = `Положение ${STUDENT_REGULATION_SUBJECT}`;

export function build(data: StudentRegulation): DocumentModel {
  const subject = studentRegulationSubject(data.org);
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
