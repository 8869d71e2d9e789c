// The nine steps a school walks (DOMAIN.md, "The path a school walks"), their state
// derived from facts about the school's data — never stored, so it cannot drift.
export type StepState = 'todo' | 'progress' | 'done';

export interface SchoolFacts {
  orgComplete: boolean;
  curatorAppointed: boolean;
  staffCount: number;
  introOrderIssued: boolean;
}

export interface PathStep {
  no: number;
  title: string;
  state: StepState;
  /** What is missing, or what to do next, in the curator's words. */
  next: string;
  href?: string;
}

export const STEP_LABELS: Record<StepState, string> = { todo: 'не начато', progress: 'в работе', done: 'выполнено' };

export function schoolPath(f: SchoolFacts): PathStep[] {
  return [
    {
      no: 1,
      title: 'Сведения об организации',
      state: f.orgComplete ? (f.curatorAppointed ? 'done' : 'progress') : 'todo',
      next: !f.orgComplete
        ? 'Заполните наименование, город и сведения о руководителе.'
        : f.curatorAppointed
          ? 'Сведения заполнены, куратор назначен.'
          : 'Создайте учётную запись куратора.',
      href: f.curatorAppointed ? undefined : '/users',
    },
    {
      no: 2,
      title: 'Приказ о внедрении системы наставничества, положение и дорожная карта',
      state: f.introOrderIssued ? 'done' : 'todo',
      next: f.introOrderIssued ? 'Приказ издан.' : 'Подготовьте приказ о внедрении с положением и дорожной картой.',
    },
    {
      no: 3,
      title: 'Банки наставников и наставляемых',
      state: f.staffCount > 0 ? 'progress' : 'todo',
      next:
        f.staffCount > 0
          ? `Сотрудников в базе: ${f.staffCount}. Отметьте наставников и наставляемых.`
          : 'Загрузите список сотрудников из XLSX или CSV.',
      href: '/staff',
    },
    { no: 4, title: 'Наставнические пары и группы', state: 'todo', next: 'Сформируйте пары после заполнения банков.' },
    { no: 5, title: 'Согласия участников и дополнительные соглашения', state: 'todo', next: 'Соберите письменные согласия участников пар.' },
    { no: 6, title: 'Приказ о закреплении наставнических пар', state: 'todo', next: 'Издаётся, когда получены все согласия.' },
    { no: 7, title: 'Персонализированные программы наставничества', state: 'todo', next: 'Составьте ППН для каждой пары.' },
    { no: 8, title: 'Мониторинг', state: 'todo', next: 'Показатели рассчитываются по данным пар и программ.' },
    { no: 9, title: 'Подведение итогов', state: 'todo', next: 'Итоги по парам и приказ о поощрении наставников.' },
  ];
}
