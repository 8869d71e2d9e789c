// The closed lists a pair is described with, worded as положения on mentoring name them:
// the form of mentoring (who guides whom) and its kind (how the work is organised).
// Shared by the pair form, its validation and the documents.

/** Форма наставничества. */
export const MENTORING_FORMS = [
  'педагог – педагог',
  'руководитель ОО – педагог',
  'педагог вуза/колледжа – молодой педагог',
  'учитель – учитель',
] as const;

/**
 * What a form needs said where it is chosen. The mentors of the bank are the school's own
 * staff, and ст. 351.8 ТК РФ (consent, agreement, payment) covers only its employees.
 */
export const MENTORING_FORM_NOTES: Partial<Record<(typeof MENTORING_FORMS)[number], string>> = {
  'педагог вуза/колледжа – молодой педагог':
    'Статья 351.8 ТК РФ распространяется только на работников школы: дополнительное соглашение и выплата оформляются, если наставник — работник школы (в том числе по совместительству). Педагог вуза (колледжа), не работающий в школе, наставничает по договору о сетевом взаимодействии с вузом (колледжем), без соглашения и выплаты от школы.',
};

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

/** Kinds that mean one mentor with one mentee: a group is never described with them. */
export const ONE_ON_ONE_KINDS: readonly string[] = ['индивидуальное', 'традиционное («один на один»)'];
/** The kind a pair turns into when it gains a second mentee. */
export const GROUP_KIND = 'групповое' satisfies (typeof MENTORING_KINDS)[number];
export const GROUP_KIND_MESSAGE = 'Вид «индивидуальное» и «один на один» — для пары, не для группы: выберите вид группы.';

// The value lists below are also the values of the database enums: db/schema builds its
// pgEnums from them, so a value added here needs a migration.

/** Why a teacher is a mentee. */
export const MENTEE_CATEGORIES = ['young_specialist', 'new_position', 'returning', 'deficits', 'contest'] as const;
export type MenteeCategory = (typeof MENTEE_CATEGORIES)[number];

export const MENTEE_CATEGORY_LABELS = {
  young_specialist: 'молодой специалист (стаж менее 3 лет)',
  new_position: 'новый в должности',
  returning: 'вернувшийся в профессию',
  deficits: 'профессиональные дефициты',
  contest: 'участник профессионального конкурса',
} as const satisfies Record<MenteeCategory, string>;

/** A mentor's training for mentoring. */
export const TRAINING_STATUSES = ['none', 'in_progress', 'completed'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** The one wording of a mentor's training: the bank, the district base, its XLSX and the matching reasons. */
export const TRAINING_LABELS = {
  none: 'не обучен(а)',
  in_progress: 'проходит обучение',
  completed: 'обучение пройдено',
} as const satisfies Record<TrainingStatus, string>;

/** forming (before the order) → active (assigned by the order) → completed, or terminated early. */
export const PAIR_STATUSES = ['forming', 'active', 'completed', 'terminated'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const PAIR_STATUS_LABELS = {
  forming: 'формируется',
  active: 'закреплена приказом',
  completed: 'завершена',
  terminated: 'прекращена досрочно',
} as const satisfies Record<PairStatus, string>;

/** Why a pair ended early: the mentor's written refusal or the employer's cancellation. */
export const PAIR_END_REASONS = ['refusal', 'cancellation'] as const;

export const CONSENT_KINDS = [
  /** The mentor's consent to the additional work of a mentor. */
  'mentor_duties',
  /** The mentee's consent to take part. */
  'mentee_participation',
  /** Consent to the processing of personal data (152-ФЗ), a separate document of the person. */
  'personal_data',
  /** The additional agreement to the mentor's employment contract (ст. 351.8 ТК РФ). */
  'additional_agreement',
] as const;

export const CONSENT_STATUSES = ['requested', 'received', 'declined', 'withdrawn'] as const;

/** What a mentor's work rests on (see db/schema/mentoring.ts): only 'agreement' and 'founder_agreement' are ст. 351.8 work with pay. */
export const MENTORING_BASES = ['agreement', 'job_function', 'founder_agreement'] as const;
export type MentoringBasis = (typeof MENTORING_BASES)[number];

export const MENTORING_BASIS_LABELS = {
  agreement: 'дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ)',
  job_function: 'в рамках трудовой функции (без соглашения и выплаты)',
  founder_agreement: 'дополнительное соглашение, заключённое учредителем (наставник — руководитель)',
} as const satisfies Record<MentoringBasis, string>;
