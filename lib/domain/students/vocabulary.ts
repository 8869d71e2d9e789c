// The closed lists of the student model (Р-145, seed 002). The forms of mentoring and their
// role variants are editable data per school (student_forms); the lists here are only the
// defaults a school starts with. The value lists below are also database enums: db/schema
// builds its pgEnums from them, so a value added here needs a migration.

/** Who a mentor of pupils is. Teachers are the school's staff (people); the others have no staff record. */
export const STUDENT_MENTOR_KINDS = ['pupil', 'teacher', 'student', 'employer'] as const;
export type StudentMentorKind = (typeof STUDENT_MENTOR_KINDS)[number];

export const STUDENT_MENTOR_KIND_LABELS = {
  pupil: 'обучающийся',
  teacher: 'педагог',
  student: 'студент колледжа (вуза)',
  employer: 'представитель работодателя',
} as const satisfies Record<StudentMentorKind, string>;

/** External mentors: a college or university student, an employer's representative. */
export const EXTERNAL_MENTOR_KINDS = ['student', 'employer'] as const satisfies readonly StudentMentorKind[];
export type ExternalMentorKind = (typeof EXTERNAL_MENTOR_KINDS)[number];

/** A legal representative's relation to the child, as consents word it. */
export const GUARDIAN_RELATIONS = ['mother', 'father', 'guardian', 'trustee', 'other'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export const GUARDIAN_RELATION_LABELS = {
  mother: 'мать',
  father: 'отец',
  guardian: 'опекун',
  trustee: 'попечитель',
  other: 'иной законный представитель',
} as const satisfies Record<GuardianRelation, string>;

/**
 * The three separate consents of the student model (since 01.09.2025 a personal-data consent
 * is a document of its own): taking part, processing, and distribution — the last only where
 * stage 7 publishes names or photos.
 */
export const STUDENT_CONSENT_KINDS = ['participation', 'personal_data', 'distribution'] as const;
export type StudentConsentKind = (typeof STUDENT_CONSENT_KINDS)[number];

export const STUDENT_CONSENT_KIND_LABELS = {
  participation: 'согласие на участие в программе наставничества',
  personal_data: 'согласие на обработку персональных данных',
  distribution: 'согласие на распространение персональных данных',
} as const satisfies Record<StudentConsentKind, string>;

/** Questionnaires of Р-145 monitoring: who answers. */
export const QUESTIONNAIRE_ROLES = ['mentor', 'mentee', 'curator'] as const;
export type QuestionnaireRole = (typeof QUESTIONNAIRE_ROLES)[number];

/**
 * The monitoring stage a questionnaire belongs to: the quality of the program (stage 1), or
 * the growth of participants measured by the same questions before and after (stage 2).
 */
export const QUESTIONNAIRE_STAGES = ['quality', 'before', 'after'] as const;
export type QuestionnaireStage = (typeof QUESTIONNAIRE_STAGES)[number];

/** Filled in the app by the respondent, or typed in by the curator from a paper form. */
export const QUESTIONNAIRE_SOURCES = ['app', 'paper'] as const;

/** The forms of Р-145 and «учитель – ученик», which many schools add, with their usual role variants. */
export const DEFAULT_STUDENT_FORMS: readonly { name: string; mentorKinds: readonly StudentMentorKind[]; variants: readonly string[] }[] = [
  {
    name: 'ученик – ученик',
    mentorKinds: ['pupil'],
    variants: ['успевающий – неуспевающий', 'лидер – пассивный', 'равный – равному', 'адаптированный – неадаптированный'],
  },
  {
    name: 'студент – ученик',
    mentorKinds: ['student'],
    variants: ['успевающий – неуспевающий', 'лидер – равнодушный', 'равный – другому', 'куратор – автор проекта'],
  },
  {
    name: 'работодатель – ученик',
    mentorKinds: ['employer'],
    variants: ['активный профессионал – равнодушный потребитель', 'коллега – молодой коллега', 'работодатель – будущий сотрудник'],
  },
  {
    name: 'учитель – ученик',
    mentorKinds: ['teacher'],
    variants: ['учитель – неуспевающий ученик', 'учитель – одарённый ученик', 'учитель – ученик с особыми образовательными потребностями'],
  },
];
