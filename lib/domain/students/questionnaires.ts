// The questionnaires (анкеты) of the student model's monitoring, as Р-145's methodological
// recommendations (letter МР-42/02) describe it: stage 1 — the quality of the program, asked
// of the mentor, the mentee and the curator (scores 1–10 and open questions); stage 2 — the
// growth of participants, the same questions before and after the program. The questions are
// data: the printable blanks, the entry form, the summary and the report all read them here.
import { z } from 'zod';
import type { StudentQuestionnaires } from '@/templates/student-questionnaires/schema';
import type { QuestionnaireRole, QuestionnaireStage } from './vocabulary';

export const SCORE = { min: 1, max: 10 } as const;
export const OPEN_ANSWER_MAX = 2000;

export interface Question {
  /** Stored as the key of student_questionnaires.answers: never renamed once used. */
  key: string;
  kind: 'score' | 'open';
  text: string;
}

const score = (key: string, text: string): Question => ({ key, kind: 'score', text });
const open = (key: string, text: string): Question => ({ key, kind: 'open', text });

const OPEN_QUALITY = [
  open('good', 'Что было самым ценным и удачным в программе наставничества?'),
  open('improve', 'Что следует изменить или улучшить в программе?'),
];

/** Stage 1: the quality of the program, per respondent. */
export const QUALITY_QUESTIONS: Record<QuestionnaireRole, readonly Question[]> = {
  mentee: [
    score('comfort', 'Насколько комфортно было работать с наставником?'),
    score('usefulness', 'Насколько полезными были встречи с наставником?'),
    score('regularity', 'Насколько регулярными были встречи?'),
    score('goals', 'Насколько понятны были цели и задачи совместной работы?'),
    score('curatorSupport', 'Насколько помогала поддержка куратора?'),
    score('wouldRepeat', 'Насколько вы хотели бы продолжить участие в наставничестве?'),
    ...OPEN_QUALITY,
  ],
  mentor: [
    score('comfort', 'Насколько комфортно было работать с наставляемым?'),
    score('usefulness', 'Насколько полезной, по вашей оценке, была работа для наставляемого?'),
    score('regularity', 'Насколько регулярными были встречи?'),
    score('goals', 'Насколько ясны были цели программы и ожидаемые результаты?'),
    score('curatorSupport', 'Насколько достаточной была поддержка куратора?'),
    score('preparation', 'Насколько вы были готовы (обучены) к роли наставника?'),
    ...OPEN_QUALITY,
  ],
  curator: [
    score('organization', 'Насколько удалось организовать работу пар и групп по плану?'),
    score('regularity', 'Насколько регулярно проходили встречи пар и групп?'),
    score('goals', 'Насколько цели программ соответствовали запросам наставляемых?'),
    score('mentorsPreparation', 'Насколько наставники были подготовлены к работе?'),
    score('schoolSupport', 'Насколько достаточной была поддержка администрации школы?'),
    score('parentsInvolvement', 'Насколько были вовлечены родители (законные представители)?'),
    ...OPEN_QUALITY,
  ],
};

/** Stage 2: the growth of a participant, the same questions before and after. */
export const GROWTH_QUESTIONS: readonly Question[] = [
  score('motivation', 'Мотивация к учёбе и саморазвитию'),
  score('softSkills', 'Умение общаться, работать в команде, решать проблемы (гибкие навыки)'),
  score('schoolLife', 'Вовлечённость в жизнь школы (проекты, мероприятия, объединения)'),
  score('studies', 'Результаты в учёбе'),
  score('confidence', 'Уверенность в себе и в своих силах'),
  open('expectations', 'Чего вы ждёте от участия в программе (до) / чего удалось достичь (после)?'),
];

export const ROLE_LABELS = { mentor: 'наставник', mentee: 'наставляемый', curator: 'куратор' } as const satisfies Record<QuestionnaireRole, string>;

export const STAGE_LABELS = {
  quality: 'оценка качества программы (этап 1)',
  before: 'личностный рост: до начала программы (этап 2)',
  after: 'личностный рост: по завершении программы (этап 2)',
} as const satisfies Record<QuestionnaireStage, string>;

/** The titles of the printed and shown questionnaires. */
export const QUESTIONNAIRE_TITLES = {
  quality: { mentor: 'Анкета наставника', mentee: 'Анкета наставляемого', curator: 'Анкета куратора' },
  growth: 'Анкета личностного роста участника (заполняется до начала и по завершении программы)',
} as const;

/** The curator answers only on the quality of the program, not on growth. */
export function stagesOf(role: QuestionnaireRole): readonly QuestionnaireStage[] {
  return role === 'curator' ? ['quality'] : ['quality', 'before', 'after'];
}

export function questionsFor(role: QuestionnaireRole, stage: QuestionnaireStage): readonly Question[] {
  if (stage === 'quality') return QUALITY_QUESTIONS[role];
  if (role === 'curator') return [];
  return GROWTH_QUESTIONS;
}

export type Answers = Record<string, number | string>;

/**
 * The answers of one questionnaire: every score a whole number 1–10 (a paper form left blank
 * is refused, so a summary never mixes skipped questions with low ones), open answers optional.
 * Form inputs arrive as strings.
 */
export function answersSchema(role: QuestionnaireRole, stage: QuestionnaireStage) {
  const shape: Record<string, z.ZodType> = {};
  questionsFor(role, stage).forEach((q, i) => {
    const label = `Вопрос ${i + 1}`;
    shape[q.key] =
      q.kind === 'score'
        ? z.preprocess(
            (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
            z
              .number({ error: `${label}: поставьте оценку от ${SCORE.min} до ${SCORE.max}.` })
              .int(`${label}: оценка — целое число от ${SCORE.min} до ${SCORE.max}.`)
              .min(SCORE.min, `${label}: оценка от ${SCORE.min} до ${SCORE.max}.`)
              .max(SCORE.max, `${label}: оценка от ${SCORE.min} до ${SCORE.max}.`),
          )
        : z.preprocess(
            (v) => (v === undefined || v === null ? '' : v),
            z.string({ error: `${label}: ожидается текст.` }).trim().max(OPEN_ANSWER_MAX, `${label}: не длиннее ${OPEN_ANSWER_MAX} символов.`),
          );
  });
  return z.object(shape).strip();
}

/** The answers as stored: the scores and the non-empty open answers of the questionnaire's questions. */
export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; errors: string[] };

export function parseAnswers(role: QuestionnaireRole, stage: QuestionnaireStage, raw: unknown): ParsedAnswers {
  const result = answersSchema(role, stage).safeParse(raw ?? {});
  if (!result.success) return { ok: false, errors: result.error.issues.map((i) => i.message) };
  const answers: Answers = {};
  for (const [k, v] of Object.entries(result.data as Record<string, number | string>)) if (v !== '') answers[k] = v;
  return { ok: true, answers };
}

/** The data of the printable blanks (templates/student-questionnaires): the three of stage 1 and the growth one of stage 2. */
export function questionnaireBlanks(school: string): StudentQuestionnaires {
  const texts = (qs: readonly Question[], kind: Question['kind']) => qs.filter((q) => q.kind === kind).map((q) => q.text);
  return {
    school,
    questionnaires: [
      ...(['mentor', 'mentee', 'curator'] as const).map((role) => ({
        title: QUESTIONNAIRE_TITLES.quality[role],
        respondent: ROLE_LABELS[role],
        note: 'Оценка качества программы наставничества',
        scores: texts(QUALITY_QUESTIONS[role], 'score'),
        open: texts(QUALITY_QUESTIONS[role], 'open'),
      })),
      {
        title: QUESTIONNAIRE_TITLES.growth,
        respondent: 'наставник или наставляемый',
        note: 'Отметьте: □ до начала программы   □ по завершении программы',
        scores: texts(GROWTH_QUESTIONS, 'score'),
        open: texts(GROWTH_QUESTIONS, 'open'),
      },
    ],
  };
}
