// The mentoring program of a pair or group of the student model: participants with the form
// and role variant, goal and tasks, the plan table (№, сроки, мероприятие, форма, отметка о
// выполнении), the expected results and the participants' signatures.
import { declineFullName } from '@/lib/core/russian';
import type { Block, DocumentModel } from '@/lib/documents/model';
import { signedBy } from '@/templates/_school/forms';
import { termText } from '@/templates/_school/term';
import { enumerationItems } from '@/templates/_school/wording';
import type { StudentProgram } from './schema';

export const TITLE = 'Программа наставничества';

function labelled(label: string, value: string): Block {
  return { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, value], align: 'left' };
}

const who = (p: StudentProgram['mentor']) => `${declineFullName(p.person, 'nominative')}, ${p.role}`;

export function build(data: StudentProgram): DocumentModel {
  const { org, mentor } = data;
  const form = `«${data.form}»${data.variant ? `, ролевая модель «${data.variant}»` : ''}`;
  return {
    title: `${TITLE} (${declineFullName(mentor.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'title', text: TITLE, align: 'center' },
      { kind: 'title', text: `${org.shortName}, ${termText(data.start, data.end)}`, align: 'center' },
      { kind: 'heading', text: '1. Участники программы' },
      labelled('Форма наставничества', `${form} (${data.kind === 'group' ? 'групповое' : 'индивидуальное'} наставничество)`),
      labelled('Наставник', who(mentor)),
      labelled(data.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый', data.mentees.map(who).join('; ')),
      ...(data.curator ? [labelled('Куратор', `${declineFullName(data.curator.person, 'nominative')}, ${data.curator.position}`)] : []),
      labelled('Срок реализации', termText(data.start, data.end)),
      { kind: 'heading', text: '2. Цель и задачи программы' },
      labelled('Цель', data.goal),
      { kind: 'paragraph', runs: [{ text: 'Задачи:', bold: true }], keepWithNext: true },
      { kind: 'numbered', items: enumerationItems(data.tasks) },
      { kind: 'heading', text: '3. План встреч и мероприятий' },
      {
        kind: 'table',
        columns: [
          { header: '№', width: 0.8, align: 'center' },
          { header: 'Сроки', width: 2.6, align: 'center' },
          { header: 'Мероприятие', width: 6.4 },
          { header: 'Форма', width: 2.8 },
          { header: 'Отметка о выполнении', width: 3 },
        ],
        rows: data.plan.map((r, i) => ({ cells: [`${i + 1}.`, r.due, r.activity, r.form, r.done ?? ''] })),
      },
      { kind: 'heading', text: '4. Ожидаемые результаты' },
      { kind: 'numbered', items: enumerationItems(data.results) },
      { kind: 'spacer' },
      signedBy(['Наставник'], mentor.person),
      ...data.mentees.map((m) => signedBy(['Наставляемый'], m.person)),
      ...(data.curator ? [signedBy(['Куратор'], data.curator.person)] : []),
    ],
  };
}
