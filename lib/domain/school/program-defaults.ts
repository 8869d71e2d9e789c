// The first draft of a program: a ППН plan of the usual course (diagnostics, joint
// planning, visits to lessons both ways, an open lesson, the final interview) dated within
// the pair's term, and an ИОМ card with an activity under each of its three directions.
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** 'октябрь 2026 г.' */
export function monthOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y} г.`;
}

export const DEFAULT_PPN_GOAL = 'Обеспечить профессиональную адаптацию наставляемого и устранить выявленные профессиональные затруднения.';

export function defaultPpnPlan(start: string, end: string) {
  const first = monthOf(start);
  const last = monthOf(end);
  return [
    { title: 'Диагностика профессиональных затруднений, согласование программы', form: 'собеседование, анкетирование', due: first, result: 'Согласованная программа наставничества' },
    { title: 'Совместное планирование уроков и внеурочных занятий', form: 'консультация, совместное планирование', due: `${first} – ${last}`, result: 'Технологические карты уроков' },
    { title: 'Посещение уроков наставника', form: 'наблюдение и анализ', due: 'ежемесячно', result: 'Листы наблюдения, выводы для собственной практики' },
    { title: 'Посещение уроков наставляемого с последующим анализом', form: 'посещение урока', due: 'ежемесячно', result: 'Рекомендации наставника' },
    { title: 'Открытый урок наставляемого', form: 'открытый урок', due: last, result: 'Самоанализ и экспертная оценка урока' },
    { title: 'Подведение итогов программы', form: 'собеседование, анкетирование', due: last, result: 'Отчет о реализации программы, анкеты обратной связи' },
  ];
}

export const IOM_DIRECTIONS = ['Предметная компетентность', 'Методическая компетентность', 'Психолого-педагогическая компетентность'];

export function defaultIomPlan(start: string, end: string) {
  const period = `${monthOf(start)} – ${monthOf(end)}`;
  return [
    { direction: IOM_DIRECTIONS[0]!, title: 'Участие в работе методического объединения учителей-предметников', due: 'в течение года', result: 'Выступление на заседании МО' },
    { direction: IOM_DIRECTIONS[1]!, title: 'Курсы повышения квалификации по выявленным дефицитам', due: period, result: 'Удостоверение о повышении квалификации' },
    { direction: IOM_DIRECTIONS[2]!, title: 'Консультации педагога-психолога по управлению классом', due: period, result: 'Памятка приемов управления классом' },
  ];
}
