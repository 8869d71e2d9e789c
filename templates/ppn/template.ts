// The personalized mentoring program (ППН) of a pair or group: who takes part, the mentee's
// deficits, the goal and tasks, the plan table (№, мероприятие, форма, сроки, ожидаемый
// результат, отметка о выполнении), and the signatures of mentor, mentees and curator.
import { declineFullName } from '@/lib/core/russian';
import type { Block, DocumentModel } from '@/lib/documents/model';
import { approvalStamp } from '@/templates/_parts';
import { signedBy } from '@/templates/_school/forms';
import { termText } from '@/templates/_school/term';
import { enumerationItems } from '@/templates/_school/wording';
import type { PersonalizedProgram } from './schema';

export const TITLE = 'Персонализированная программа наставничества';

function labelled(label: string, value: string): Block {
  return { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, value], align: 'left' };
}

export function build(data: PersonalizedProgram): DocumentModel {
  const { org, mentor } = data;
  const menteeLines = data.mentees.map((m) => `${declineFullName(m.person, 'nominative')}, ${m.position}`).join('; ');
  const stamp: Block[] = data.approvedBy
    ? [{ kind: 'stamps', stamps: [approvalStamp({ byWhat: `приказом ${org.shortName}`, date: data.approvedBy.date, number: data.approvedBy.number })] }]
    : [];

  return {
    title: `${TITLE} (${declineFullName(mentor.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      ...stamp,
      { kind: 'title', text: TITLE, align: 'center' },
      { kind: 'title', text: `${org.shortName}, ${termText(data.start, data.end)}`, align: 'center' },
      { kind: 'heading', text: '1. Участники программы' },
      labelled('Наставник', `${declineFullName(mentor.person, 'nominative')}, ${mentor.position}`),
      labelled(data.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый', menteeLines),
      labelled('Форма наставничества', `${data.form} (${data.kind === 'group' ? 'групповое' : 'индивидуальное'} наставничество)`),
      labelled('Срок реализации', termText(data.start, data.end)),
      labelled('Куратор', `${declineFullName(data.curator.person, 'nominative')}, ${data.curator.position}`),
      { kind: 'heading', text: '2. Профессиональные дефициты (затруднения) наставляемого' },
      { kind: 'numbered', items: enumerationItems(data.deficits) },
      { kind: 'heading', text: '3. Цель и задачи программы' },
      labelled('Цель', data.goal),
      { kind: 'paragraph', runs: [{ text: 'Задачи:', bold: true }], keepWithNext: true },
      { kind: 'numbered', items: enumerationItems(data.tasks) },
      { kind: 'heading', text: '4. План мероприятий' },
      {
        kind: 'table',
        columns: [
          { header: '№', width: 0.8, align: 'center' },
          { header: 'Мероприятие', width: 5 },
          { header: 'Форма', width: 2.6 },
          { header: 'Сроки', width: 2.4, align: 'center' },
          { header: 'Ожидаемый результат', width: 4 },
          { header: 'Отметка о выполнении', width: 2.8 },
        ],
        rows: data.activities.map((a, i) => ({ cells: [`${i + 1}.`, a.title, a.form, a.due, a.result, a.done ?? ''] })),
      },
      { kind: 'spacer' },
      signedBy(['Наставник'], mentor.person),
      ...data.mentees.map((m) => signedBy(['Наставляемый'], m.person)),
      signedBy(['Куратор'], data.curator.person),
    ],
  };
}
