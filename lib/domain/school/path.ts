// The nine steps a school walks, from its settings to the order on results, their state
// derived from facts about the school's data — never stored, so it cannot drift. The
// school's path page and the district progress board both read steps from here, so the
// definitions live in one place.
import { formatDate, plural } from '@/lib/core/russian';

export type StepState = 'todo' | 'progress' | 'done';

/** Where a document of the school stands: an issued (or amended) one counts as issued. */
export type DocState = 'none' | 'draft' | 'issued';

export interface CampaignFact {
  title: string;
  deadline: string;
}

export interface SchoolFacts {
  /** Full name, city and the head's surname and first name are filled. */
  namesFilled: boolean;
  /** An active account with the curator role exists. */
  curatorAppointed: boolean;
  staffCount: number;
  introOrder: DocState;
  mentorCount: number;
  menteeCount: number;
  mentorListOrder: DocState;
  pairs: { forming: number; active: number; completed: number; terminated: number };
  /** Mentees of the bank in no forming/active/completed pair. */
  unpairedMentees: number;
  /** Required consents recorded as received (any pair, any kind). */
  consentsReceived: number;
  /** Forming/active pairs some of whose required consents are not received. */
  pairsMissingConsents: number;
  ppnCount: number;
  /** Active/completed pairs without a ППН. */
  pairsWithoutPpn: number;
  /** The latest monitoring campaign of the school's region, if any. */
  latestCampaign: CampaignFact | null;
  submittedLatest: boolean;
  /** An open campaign the school has not submitted to (the nearest deadline). */
  openUnsubmitted: CampaignFact | null;
  resultsOrder: DocState;
}

export const EMPTY_FACTS: SchoolFacts = {
  namesFilled: false,
  curatorAppointed: false,
  staffCount: 0,
  introOrder: 'none',
  mentorCount: 0,
  menteeCount: 0,
  mentorListOrder: 'none',
  pairs: { forming: 0, active: 0, completed: 0, terminated: 0 },
  unpairedMentees: 0,
  consentsReceived: 0,
  pairsMissingConsents: 0,
  ppnCount: 0,
  pairsWithoutPpn: 0,
  latestCampaign: null,
  submittedLatest: false,
  openUnsubmitted: null,
  resultsOrder: 'none',
};

export interface PathStep {
  no: number;
  title: string;
  state: StepState;
  /** What is missing, or what to do next, in the curator's words. */
  next: string;
  /** The page where the step is done. */
  href: string;
}

export const STEP_LABELS: Record<StepState, string> = { todo: 'не начато', progress: 'в работе', done: 'выполнено' };

const pairsWord = (n: number) => `${n} ${plural(n, ['пара', 'пары', 'пар'])}`;
const menteesWord = (n: number) => `${n} ${plural(n, ['наставляемый', 'наставляемых', 'наставляемых'])}`;

type StepBody = Omit<PathStep, 'no' | 'title' | 'href'>;

function setup(f: SchoolFacts): StepBody {
  if (!f.namesFilled) return { state: 'todo', next: 'Заполните полное наименование, город и сведения о руководителе.' };
  if (!f.curatorAppointed) return { state: 'progress', next: 'Назначьте куратора: создайте его учётную запись в разделе «Учётные записи».' };
  return { state: 'done', next: 'Сведения заполнены, куратор назначен.' };
}

function introduction(f: SchoolFacts): StepBody {
  if (f.introOrder === 'issued') return { state: 'done', next: 'Приказ о внедрении с положением и дорожной картой издан.' };
  if (f.introOrder === 'draft') return { state: 'progress', next: 'Проект приказа подготовлен: проверьте положение и дорожную карту и издайте приказ.' };
  return { state: 'todo', next: 'Подготовьте приказ о внедрении с положением и дорожной картой.' };
}

function banks(f: SchoolFacts): StepBody {
  if (f.staffCount === 0 && f.mentorListOrder !== 'issued') return { state: 'todo', next: 'Загрузите список сотрудников из XLSX или CSV.' };
  const counts = `Сотрудников в базе: ${f.staffCount}; наставников: ${f.mentorCount}, наставляемых: ${f.menteeCount}.`;
  if (f.mentorListOrder === 'issued') return { state: 'done', next: `${counts} Приказ об утверждении методического актива издан.` };
  if (f.mentorCount > 0 && f.menteeCount > 0) {
    return { state: 'progress', next: `${counts} Издайте приказ об утверждении методического актива (списка наставников).` };
  }
  const missing = [f.mentorCount === 0 && 'наставников', f.menteeCount === 0 && 'наставляемых'].filter(Boolean).join(' и ');
  return { state: 'todo', next: `Сотрудников в базе: ${f.staffCount}. Отметьте ${missing}.` };
}

function pairs(f: SchoolFacts): StepBody {
  const live = f.pairs.forming + f.pairs.active + f.pairs.completed;
  if (live === 0) return { state: 'todo', next: f.menteeCount ? 'Сформируйте пары и группы для наставляемых из банка.' : 'Сформируйте пары после заполнения банков.' };
  if (f.unpairedMentees === 0) return { state: 'done', next: `Все наставляемые банка в парах и группах (${pairsWord(live)}).` };
  return { state: 'progress', next: `Без пары: ${menteesWord(f.unpairedMentees)}. Подберите им наставников.` };
}

function consents(f: SchoolFacts): StepBody {
  const live = f.pairs.forming + f.pairs.active + f.pairs.completed;
  // Completed pairs had their consents checked by the pair order; only open pairs can lack them.
  if (live > 0 && f.pairsMissingConsents === 0) return { state: 'done', next: 'Согласия всех участников пар получены.' };
  const state = f.consentsReceived > 0 ? 'progress' : 'todo';
  if (live === 0) return { state, next: 'Согласия собираются после формирования пар.' };
  return { state, next: `Не хватает согласий: ${pairsWord(f.pairsMissingConsents)}. Распечатайте бланки и отметьте полученные.` };
}

function pairOrder(f: SchoolFacts): StepBody {
  const placed = f.pairs.active + f.pairs.completed;
  if (placed > 0 && f.pairs.forming === 0) return { state: 'done', next: 'Все пары закреплены приказом.' };
  if (f.pairs.forming > 0 && f.pairsMissingConsents === 0) {
    return { state: placed > 0 ? 'progress' : 'todo', next: `Согласия собраны: издайте приказ о закреплении (${pairsWord(f.pairs.forming)} ждут приказа).` };
  }
  if (f.pairs.forming > 0) {
    return { state: placed > 0 ? 'progress' : 'todo', next: `Ждут приказа: ${pairsWord(f.pairs.forming)}. Приказ издаётся, когда получены все согласия.` };
  }
  return { state: 'todo', next: 'Издаётся, когда пары сформированы и получены все согласия.' };
}

function programs(f: SchoolFacts): StepBody {
  const placed = f.pairs.active + f.pairs.completed;
  if (placed > 0 && f.pairsWithoutPpn === 0) return { state: 'done', next: 'У каждой пары есть персонализированная программа.' };
  if (placed === 0) return { state: f.ppnCount > 0 ? 'progress' : 'todo', next: 'ППН составляется для пар, закреплённых приказом.' };
  return { state: f.ppnCount > 0 ? 'progress' : 'todo', next: `Без ППН: ${pairsWord(f.pairsWithoutPpn)}. Составьте программы (от 3 месяцев до 1 года).` };
}

function monitoring(f: SchoolFacts): StepBody {
  if (f.latestCampaign && f.submittedLatest) return { state: 'done', next: `Отчёт по мониторингу «${f.latestCampaign.title}» отправлен.` };
  if (f.openUnsubmitted) {
    return { state: 'progress', next: `Идёт мониторинг «${f.openUnsubmitted.title}»: отправьте показатели до ${formatDate(f.openUnsubmitted.deadline)}.` };
  }
  return { state: 'todo', next: 'Показатели рассчитываются по данным пар и программ; отчёт отправляется, когда регион откроет мониторинг.' };
}

function completion(f: SchoolFacts): StepBody {
  if (f.resultsOrder === 'issued') return { state: 'done', next: 'Приказ об итогах и поощрении наставников издан.' };
  if (f.pairs.completed > 0) {
    return {
      state: 'progress',
      next: `Завершено: ${pairsWord(f.pairs.completed)}. ${f.resultsOrder === 'draft' ? 'Издайте подготовленный приказ об итогах.' : 'Подготовьте приказ об итогах и поощрении наставников.'}`,
    };
  }
  return { state: 'todo', next: 'Подведите итоги по парам: результаты, отзывы наставника и наставляемого.' };
}

const STEPS: { title: string; href: string; body: (f: SchoolFacts) => StepBody }[] = [
  { title: 'Сведения об организации', href: '/school/settings', body: setup },
  { title: 'Приказ о внедрении системы наставничества, положение и дорожная карта', href: '/introduction', body: introduction },
  { title: 'Банки наставников и наставляемых', href: '/banks', body: banks },
  { title: 'Наставнические пары и группы', href: '/pairs', body: pairs },
  { title: 'Согласия участников и дополнительные соглашения', href: '/consents', body: consents },
  { title: 'Приказ о закреплении наставнических пар', href: '/pairs', body: pairOrder },
  { title: 'Персонализированные программы наставничества', href: '/programs', body: programs },
  { title: 'Мониторинг', href: '/monitoring', body: monitoring },
  { title: 'Подведение итогов', href: '/completion', body: completion },
];

export function schoolPath(f: SchoolFacts): PathStep[] {
  return STEPS.map((s, i) => ({ no: i + 1, title: s.title, href: s.href, ...s.body(f) }));
}
