// The order introducing the mentoring system in a school: approves the Положение and the
// roadmap, appoints the curator, keeps control with the head, and lists the staff to
// acknowledge it.
import { declineFullName, formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { positionIn } from '@/templates/_school/staff';
import { enumerationItems, regulationSubject } from '@/templates/_school/wording';
import type { SchoolIntroOrder } from './schema';

export const TITLE = 'О внедрении системы (целевой модели) наставничества педагогических работников';

/** 'О внедрении … педагогических работников в МБОУ «СОШ № 1»' */
export function introOrderTitle(org: { shortName: string }): string {
  return `${TITLE} в ${org.shortName}`;
}

export function build(data: SchoolIntroOrder): DocumentModel {
  const { org, curator } = data;
  const subject = regulationSubject(org);
  const title = introOrderTitle(org);
  const roadmap = `Дорожную карту (план мероприятий) по реализации Положения ${subject}${data.roadmapPeriod ? ` ${data.roadmapPeriod}` : ''} (приложение № 2).`;

  const points: NumberedItem[] = [
    {
      text: `Внедрить систему (целевую модель) наставничества педагогических работников в ${org.shortName}${data.startDate ? ` с ${formatDate(data.startDate)}` : ''}.`,
    },
    {
      text: 'Утвердить:',
      children: [{ text: `Положение ${subject} (приложение № 1);` }, { text: roadmap }],
    },
    {
      text: `Назначить куратором реализации программ наставничества педагогических работников ${positionIn(curator, 'accusative')} ${declineFullName(curator.person, 'accusative')}.`,
    },
    ...(data.curatorDuties.length
      ? [
          {
            text: `Куратору ${initialsBefore(curator.person, 'dative')}:`,
            children: enumerationItems(data.curatorDuties),
          },
        ]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];

  return schoolOrder({
    title,
    org,
    date: data.date,
    number: data.number,
    legalBases: data.legalBases,
    reasons: [`в целях ${data.purpose.replace(/^в целях\s+/i, '')}`],
    points,
    acknowledgement: data.acknowledgement,
  });
}
