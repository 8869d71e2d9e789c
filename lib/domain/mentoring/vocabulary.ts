// The closed lists a pair is described with (DOMAIN.md glossary; seed 001 §4.1.5, seed 002):
// the form of mentoring (who guides whom) and its kind (how the work is organised).
// Shared by the pair form, its validation and the documents.

/** Форма наставничества. */
export const MENTORING_FORMS = [
  'педагог – педагог',
  'руководитель ОО – педагог',
  'педагог вуза/колледжа – молодой педагог',
  'учитель – учитель',
] as const;

/** Вид наставничества. */
export const MENTORING_KINDS = [
  'индивидуальное',
  'групповое',
  'коллективно-индивидуальное',
  'виртуальное (дистанционное)',
  'в группе',
  'краткосрочное (целеполагающее)',
  'реверсивное',
  'ситуационное',
  'скоростное',
  'традиционное («один на один»)',
] as const;

export const MENTEE_CATEGORY_LABELS = {
  young_specialist: 'молодой специалист (стаж менее 3 лет)',
  new_position: 'новый в должности',
  returning: 'вернувшийся в профессию',
  deficits: 'профессиональные дефициты',
  contest: 'участник профессионального конкурса',
} as const;

export const PAIR_STATUS_LABELS = {
  forming: 'формируется',
  active: 'закреплена приказом',
  completed: 'завершена',
  terminated: 'прекращена досрочно',
} as const;
