// The summaries of the student model's monitoring: stage 1 by question (mean, count,
// distribution of scores) with strengths and weaknesses; stage 2 as the change between the
// questionnaires before and after, per pair and per form.
import { type Answers, GROWTH_QUESTIONS, QUALITY_QUESTIONS, type Question, ROLE_LABELS, SCORE } from './questionnaires';
import type { QuestionnaireRole } from './vocabulary';

/**
 * What a mean score makes a strength or a weakness of the program. Data, so a school's
 * methodologist may ask for other bounds: a strength from 8 of 10, a weakness below 6.
 */
export interface SwotThresholds {
  strength: number;
  weakness: number;
}
export const SWOT_THRESHOLDS: Readonly<SwotThresholds> = { strength: 8, weakness: 6 };

export interface QuestionSummary {
  role: QuestionnaireRole;
  key: string;
  text: string;
  count: number;
  /** Null when nobody answered. */
  mean: number | null;
  /** How many gave each score: index 0 is the score 1, index 9 the score 10. */
  distribution: number[];
}

const scoreQuestions = (qs: readonly Question[]) => qs.filter((q) => q.kind === 'score');

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

const scoreOf = (a: Answers, key: string): number | null => {
  const v = a[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= SCORE.min && v <= SCORE.max ? v : null;
};

/** Stage 1 by question, for each respondent in turn (mentee, mentor, curator). */
export function summarizeQuality(rows: readonly { role: QuestionnaireRole; answers: Answers }[]): QuestionSummary[] {
  const out: QuestionSummary[] = [];
  for (const role of ['mentee', 'mentor', 'curator'] as const) {
    const mine = rows.filter((r) => r.role === role);
    for (const q of scoreQuestions(QUALITY_QUESTIONS[role])) {
      const scores = mine.map((r) => scoreOf(r.answers, q.key)).filter((v): v is number => v !== null);
      const distribution = Array.from({ length: SCORE.max - SCORE.min + 1 }, () => 0);
      for (const s of scores) distribution[s - SCORE.min]! += 1;
      out.push({ role, key: q.key, text: q.text, count: scores.length, mean: mean(scores), distribution });
    }
  }
  return out;
}

/** The open answers of stage 1, by respondent and question, for the report. */
export function openAnswers(rows: readonly { role: QuestionnaireRole; answers: Answers }[]): { role: QuestionnaireRole; text: string; answers: string[] }[] {
  const out: { role: QuestionnaireRole; text: string; answers: string[] }[] = [];
  for (const role of ['mentee', 'mentor', 'curator'] as const) {
    for (const q of QUALITY_QUESTIONS[role].filter((x) => x.kind === 'open')) {
      const answers = rows.filter((r) => r.role === role).map((r) => r.answers[q.key]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
      if (answers.length) out.push({ role, text: q.text, answers });
    }
  }
  return out;
}

export interface SwotRow {
  role: QuestionnaireRole;
  text: string;
  mean: number;
  count: number;
}

/** Strengths: questions whose mean reaches the strength bound; weaknesses: below the weakness bound. */
export function strengthsAndWeaknesses(
  summary: readonly QuestionSummary[],
  thresholds: SwotThresholds = SWOT_THRESHOLDS,
): { strengths: SwotRow[]; weaknesses: SwotRow[] } {
  const rated = summary.filter((s): s is QuestionSummary & { mean: number } => s.mean !== null);
  const row = (s: QuestionSummary & { mean: number }): SwotRow => ({ role: s.role, text: s.text, mean: s.mean, count: s.count });
  return {
    strengths: rated.filter((s) => s.mean >= thresholds.strength).sort((a, b) => b.mean - a.mean).map(row),
    weaknesses: rated.filter((s) => s.mean < thresholds.weakness).sort((a, b) => a.mean - b.mean).map(row),
  };
}

export interface GrowthInput {
  pairId: string;
  pairLabel: string;
  formName: string;
  /** The respondent within the pair: the mentor, or a mentee pupil of a group. */
  respondent: string;
  stage: 'before' | 'after';
  answers: Answers;
}

export interface GrowthChange {
  key: string;
  text: string;
  before: number | null;
  after: number | null;
  /** after − before, only where both exist. */
  change: number | null;
}

export interface GrowthRow {
  label: string;
  /** Respondents with both questionnaires: only they enter the change. */
  matched: number;
  changes: GrowthChange[];
}

function changes(pairs: readonly { before: Answers; after: Answers }[]): GrowthChange[] {
  return scoreQuestions(GROWTH_QUESTIONS).map((q) => {
    const b = pairs.map((p) => scoreOf(p.before, q.key)).filter((v): v is number => v !== null);
    const a = pairs.map((p) => scoreOf(p.after, q.key)).filter((v): v is number => v !== null);
    const before = mean(b);
    const after = mean(a);
    return { key: q.key, text: q.text, before, after, change: before === null || after === null ? null : after - before };
  });
}

/**
 * Stage 2: for each respondent the questionnaire before and the one after are matched; a pair's
 * change is the mean over its matched respondents, a form's over all matched respondents of
 * its pairs. A respondent with only one of the two is left out of the change (and counted apart).
 */
export function growthByPairAndForm(rows: readonly GrowthInput[]): { pairs: GrowthRow[]; forms: GrowthRow[]; unmatched: number } {
  const byRespondent = new Map<string, { pairId: string; pairLabel: string; formName: string; before?: Answers; after?: Answers }>();
  for (const r of rows) {
    const id = `${r.pairId}|${r.respondent}`;
    const entry = byRespondent.get(id) ?? { pairId: r.pairId, pairLabel: r.pairLabel, formName: r.formName };
    entry[r.stage] = r.answers;
    byRespondent.set(id, entry);
  }
  const matched = [...byRespondent.values()].filter((e): e is typeof e & { before: Answers; after: Answers } => Boolean(e.before && e.after));
  const group = (key: (e: (typeof matched)[number]) => string) => {
    const map = new Map<string, typeof matched>();
    for (const e of matched) map.set(key(e), [...(map.get(key(e)) ?? []), e]);
    return [...map.entries()].map(([label, list]) => ({ label, matched: list.length, changes: changes(list) }));
  };
  return {
    pairs: group((e) => e.pairLabel),
    forms: group((e) => e.formName).sort((a, b) => a.label.localeCompare(b.label, 'ru')),
    unmatched: byRespondent.size - matched.length,
  };
}

const one = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
/** 7.25 → '7,3'; null → '—'. */
export const formatScore = (v: number | null) => (v === null ? '—' : one.format(v));
/** +1.5 → '+1,5'; a fall keeps its minus. */
export const formatChange = (v: number | null) => (v === null ? '—' : v > 0 ? `+${one.format(v)}` : one.format(v));
/** «1:0, 2:1 …» is unreadable; the distribution prints as the scores given, '8 × 2, 9 × 1'. */
export const formatDistribution = (d: readonly number[]) =>
  d
    .map((n, i) => (n ? `${i + SCORE.min} × ${n}` : ''))
    .filter(Boolean)
    .join(', ') || '—';

export const roleLabel = (role: QuestionnaireRole) => ROLE_LABELS[role];
