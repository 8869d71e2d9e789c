// The seven stages of the student model (Р-145, seed 002) on the school's dashboard: each with
// what it produces, its state derived from facts about the school's data (never stored) and
// what is missing, in the curator's words — as lib/domain/school/path.ts does for the teachers.
import { plural } from '@/lib/core/russian';
import type { DocState, PathStep, StepState } from '@/lib/domain/school/path';

export interface StudentFacts {
  /** The order introducing the student model (its Положение and roadmap), S3's page. */
  introOrder: DocState;
  pupils: number;
  mentees: number;
  mentors: number;
  mentorsSelected: number;
  mentorsTrained: number;
  pairs: { forming: number; active: number; completed: number; terminated: number };
  /** Forming or active pairs some of whose participants' documents are missing. */
  pairsMissingConsents: number;
  pairOrder: DocState;
  meetings: number;
  /** Active pairs with results recorded. */
  pairsWithResults: number;
  resultsOrder: DocState;
}

export interface StudentStep extends PathStep {
  /** What the stage produces (Р-145). */
  produces: string;
}

const n = (count: number, forms: [string, string, string]) => `${count} ${plural(count, forms)}`;
const state = (done: boolean, started: boolean): StepState => (done ? 'done' : started ? 'progress' : 'todo');

export function studentPath(f: StudentFacts): StudentStep[] {
  const pairsTotal = f.pairs.forming + f.pairs.active + f.pairs.completed + f.pairs.terminated;
  const working = f.pairs.active + f.pairs.completed;
  return [
    {
      no: 1,
      title: 'Подготовка условий для запуска программы',
      produces: 'приказ о внедрении целевой модели, положение о наставничестве обучающихся, дорожная карта',
      state: state(f.introOrder === 'issued', f.introOrder === 'draft'),
      next: f.introOrder === 'issued' ? 'Приказ о внедрении издан.' : f.introOrder === 'draft' ? 'Издайте приказ о внедрении: проект готов.' : 'Подготовьте приказ о внедрении с положением и дорожной картой.',
      href: '/students/introduction',
    },
    {
      no: 2,
      title: 'Формирование базы наставляемых',
      produces: 'база наставляемых с их запросами',
      state: state(f.mentees > 0, f.pupils > 0),
      next: f.mentees > 0 ? `В базе ${n(f.mentees, ['наставляемый', 'наставляемых', 'наставляемых'])}.` : f.pupils > 0 ? 'Включите обучающихся в базу наставляемых с их запросами.' : 'Внесите список обучающихся.',
      href: f.pupils > 0 ? '/students/bases' : '/students',
    },
    {
      no: 3,
      title: 'Формирование базы наставников',
      produces: 'база наставников: обучающиеся 15+, педагоги, студенты, представители работодателей',
      state: state(f.mentors > 0, false),
      next: f.mentors > 0 ? `В базе ${n(f.mentors, ['наставник', 'наставника', 'наставников'])}.` : 'Включите наставников в базу.',
      href: '/students/bases',
    },
    {
      no: 4,
      title: 'Отбор и обучение наставников',
      produces: 'отобранные и обученные наставники',
      state: state(f.mentors > 0 && f.mentorsSelected > 0 && f.mentorsTrained >= f.mentorsSelected, f.mentorsSelected > 0),
      next:
        f.mentors === 0
          ? 'Сначала сформируйте базу наставников.'
          : `Отобрано ${f.mentorsSelected} из ${f.mentors}, обучено ${f.mentorsTrained}.${f.mentorsSelected === 0 ? ' Отметьте отобранных наставников.' : ''}`,
      href: '/students/bases',
    },
    {
      no: 5,
      title: 'Формирование наставнических пар (групп)',
      produces: 'пары и группы, согласия участников и законных представителей, приказ о закреплении пар',
      state: state(f.pairOrder === 'issued' && f.pairs.forming === 0 && working > 0, pairsTotal > 0),
      next:
        pairsTotal === 0
          ? 'Сформируйте пары и группы.'
          : f.pairsMissingConsents > 0
            ? `Не хватает согласий у ${n(f.pairsMissingConsents, ['пары', 'пар', 'пар'])}.`
            : f.pairs.forming > 0
              ? 'Издайте приказ о закреплении пар: согласия получены.'
              : 'Пары закреплены приказом.',
      href: '/students/pairs',
    },
    {
      no: 6,
      title: 'Организация работы пар (групп)',
      produces: 'встречи пар и промежуточная обратная связь',
      state: state(working > 0 && f.meetings >= working, f.meetings > 0),
      next: working === 0 ? 'Работа начинается после приказа о закреплении пар.' : `Записано ${n(f.meetings, ['встреча', 'встречи', 'встреч'])}.`,
      href: '/students/pairs',
    },
    {
      no: 7,
      title: 'Завершение программы наставничества',
      produces: 'итоги пар, лучшие пары, приказ об итогах и поощрении',
      state: state(f.resultsOrder === 'issued', f.pairsWithResults > 0),
      next: f.resultsOrder === 'issued' ? 'Приказ об итогах издан.' : f.pairsWithResults > 0 ? `Итоги записаны у ${n(f.pairsWithResults, ['пары', 'пар', 'пар'])}: издайте приказ об итогах.` : 'Запишите итоги пар.',
      href: '/students/pairs',
    },
  ];
}
