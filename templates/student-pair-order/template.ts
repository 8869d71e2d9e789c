// The order «О закреплении наставнических пар (групп) обучающихся»: cites the written consents
// of the participants and of the pupils' legal representatives, assigns each mentee to the
// mentor («закрепить [вин.] за [твор.]») with the form and role variant, charges the curator,
// and lists the pairs in its annex.
import { formatDate, initialsBefore } from '@/lib/core/russian';
import type { Block, NumberedItem, TableRow, DocumentModel } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { joinWithAnd } from '@/templates/_school/pairs';
import { termText } from '@/templates/_school/term';
import { dateAndNumber } from '@/templates/_school/wording';
import { formText, menteeIn, mentorIn, type StudentPair } from './parts';
import type { StudentPairOrder } from './schema';

export const TITLE = 'О закреплении наставнических пар (групп) обучающихся';

function assignment(pair: StudentPair): NumberedItem {
  const group = pair.mentees.length > 1 ? ' (наставническая группа)' : '';
  return {
    text: `Закрепить ${joinWithAnd(pair.mentees.map((m) => menteeIn(m, 'accusative')))} за ${mentorIn(pair.mentor, 'instrumental')}${group} на период ${termText(pair.start, pair.end)}, форма наставничества ${formText(pair)}, вид наставничества — ${pair.kind}.`,
  };
}

function annexRows(pairs: StudentPair[]): TableRow[] {
  return pairs.flatMap((pair, i) =>
    pair.mentees.map((m, k) => ({
      cells: [
        k === 0 ? `${i + 1}.` : '',
        menteeName(pair.mentor.person),
        pair.mentor.description,
        menteeName(m.person),
        m.className,
        pair.form,
        pair.variant ?? '—',
        `${formatDate(pair.start)} –\n${formatDate(pair.end)}`,
      ],
    })),
  );
}

const menteeName = (p: { lastName: string; firstName: string; middleName?: string | null }) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

export function build(data: StudentPairOrder): DocumentModel {
  const period = data.period ? ` ${data.period}` : '';
  const points: NumberedItem[] = [
    { text: `Утвердить список наставнических пар (групп) обучающихся${period} (приложение).` },
    ...data.pairs.map(assignment),
    { text: 'Наставникам совместно с наставляемыми разработать программы наставничества и провести встречи наставнических пар (групп) по плану.' },
    ...(data.curator
      ? [{ text: `Куратору программы наставничества обучающихся ${initialsBefore(data.curator.person, 'dative')} обеспечить сопровождение наставнических пар (групп) и хранение согласий участников и законных представителей обучающихся.` }]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];
  const annex: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: '№ п/п', width: 1, align: 'center' },
        { header: 'Ф.И.О. наставника', width: 2.8 },
        { header: 'Наставник (категория, класс)', width: 2.8 },
        { header: 'Ф.И.О. наставляемого', width: 2.8 },
        { header: 'Класс', width: 1.2, align: 'center' },
        { header: 'Форма наставничества', width: 2.4 },
        { header: 'Ролевая модель', width: 2.6 },
        { header: 'Срок', width: 2.3, align: 'center' },
      ],
      rows: annexRows(data.pairs),
    },
  ];
  return schoolOrder({
    title: TITLE,
    heading: `${TITLE}${period}`,
    org: data.org,
    date: data.date,
    number: data.number,
    legalBases: [
      ...data.legalBases,
      ...(data.regulation ? [{ title: `Положением о наставничестве обучающихся в ${data.org.shortName}, утвержденным приказом ${dateAndNumber(data.regulation)}` }] : []),
    ],
    reasons: ['на основании письменных согласий наставников, наставляемых и законных представителей несовершеннолетних обучающихся на участие в программе наставничества и на обработку персональных данных'],
    points,
    acknowledgement: data.acknowledgement,
    annex: { title: `Список наставнических пар (групп) обучающихся${period}`, blocks: annex },
  });
}
