// The order introducing the target model of mentoring of pupils (Р-145) in a school: approves
// the Положение and the roadmap, names the forms with their role variants, appoints the
// curator, keeps control with the head, and lists those who acknowledge it.
import { declineFullName, formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { positionIn } from '@/templates/_school/staff';
import { enumerationItems } from '@/templates/_school/wording';
import { formLine } from '@/templates/student-regulation/defaults';
import { studentRegulationSubject, studentRoadmapTitle } from '@/templates/student-regulation/wording';
import type { StudentIntroOrder } from './schema';

export const TITLE = 'О внедрении целевой модели наставничества обучающихся';

/** 'О внедрении целевой модели наставничества обучающихся в МБОУ «СОШ № 1»' */
export function studentIntroOrderTitle(org: { shortName: string }): string {
  return `${TITLE} в ${org.shortName}`;
}

export function build(data: StudentIntroOrder): DocumentModel {
  const { org, curator } = data;
  const period = data.roadmapPeriod ? ` ${data.roadmapPeriod}` : '';
  const points: NumberedItem[] = [
    {
      text: `Внедрить целевую модель наставничества обучающихся в ${org.shortName}${data.startDate ? ` с ${formatDate(data.startDate)}` : ''}.`,
    },
    {
      text: 'Утвердить:',
      children: [
        { text: `Положение ${studentRegulationSubject(org)} (приложение № 1);` },
        { text: `${studentRoadmapTitle(org).replace(/^Дорожная карта/, 'Дорожную карту')}${period} (приложение № 2).` },
      ],
    },
    {
      text: 'Реализовывать наставничество обучающихся в следующих формах:',
      children: enumerationItems(data.forms.map(formLine)),
    },
    {
      text: `Назначить куратором внедрения целевой модели наставничества обучающихся ${positionIn(curator, 'accusative')} ${declineFullName(curator.person, 'accusative')}.`,
    },
    ...(data.curatorDuties.length ? [{ text: `Куратору ${initialsBefore(curator.person, 'dative')}:`, children: enumerationItems(data.curatorDuties) }] : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];

  return schoolOrder({
    title: studentIntroOrderTitle(org),
    org,
    date: data.date,
    number: data.number,
    legalBases: data.legalBases,
    reasons: [`в целях ${data.purpose.replace(/^в целях\s+/i, '')}`],
    points,
    acknowledgement: data.acknowledgement,
  });
}
