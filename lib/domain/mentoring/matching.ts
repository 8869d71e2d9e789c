// Suggestions of a mentor for a mentee: a score out of 100 with its reasons in Russian,
// from the mentee's deficits ↔ the mentor's competences, a shared subject, the mentor's free
// places and training. Candidates are mentors of the same school (the caller's bank), so the
// school is implicit. The curator decides; a full mentor is listed but cannot be chosen.
import { checkLoad } from './load';
import { TRAINING_LABELS, type TrainingStatus } from './vocabulary';

export interface MenteeForMatching {
  personId: string;
  subjects: string[];
  deficits: string[];
}

export interface MentorForMatching {
  personId: string;
  name: string;
  subjects: string[];
  competences: string[];
  training: TrainingStatus;
  load: number;
  limit: number;
}

export interface MentorSuggestion {
  mentor: MentorForMatching;
  score: number;
  reasons: string[];
  /** False when the mentor has no free place. */
  selectable: boolean;
}

const WEIGHTS = { deficits: 50, subject: 30, load: 15, training: 5 } as const;

// Words that say nothing about which competence is meant.
const STOP_STEMS = new Set(['для', 'при', 'без', 'над', 'под', 'или', 'как', 'что', 'это', 'так', 'работ', 'деяте', 'умени', 'навык', 'вопро', 'облас', 'сфере', 'недос', 'затру', 'слабо']);

/** Crude Russian stems: the first five letters of each meaningful word. */
export function stems(phrase: string): Set<string> {
  const words = phrase.toLowerCase().replace(/ё/g, 'е').split(/[^a-zа-я0-9]+/);
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 3) continue;
    const stem = w.slice(0, 5);
    if (!STOP_STEMS.has(stem)) out.add(stem);
  }
  return out;
}

/** A deficit is covered when at least half of its meaningful words appear in one competence. */
export function coveredDeficits(deficits: string[], competences: string[]): string[] {
  const competenceStems = competences.map(stems);
  return deficits.filter((deficit) => {
    const d = stems(deficit);
    if (d.size === 0) return false;
    return competenceStems.some((c) => {
      let shared = 0;
      for (const s of d) if (c.has(s)) shared++;
      return shared > 0 && shared / d.size >= 0.5;
    });
  });
}

const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');
const quoted = (items: string[]) => items.map((i) => `«${i}»`).join(', ');

export function scoreMentor(mentee: MenteeForMatching, mentor: MentorForMatching): MentorSuggestion {
  const reasons: string[] = [];
  let score = 0;

  if (mentee.deficits.length === 0) {
    reasons.push('У наставляемого не указаны дефициты');
  } else {
    const covered = coveredDeficits(mentee.deficits, mentor.competences);
    score += (WEIGHTS.deficits * covered.length) / mentee.deficits.length;
    reasons.push(
      covered.length
        ? `Компетенции закрывают дефициты: ${quoted(covered)} (${covered.length} из ${mentee.deficits.length})`
        : 'Компетенции не совпадают с дефицитами',
    );
  }

  const menteeSubjects = new Set(mentee.subjects.map(norm));
  const shared = mentor.subjects.filter((s) => menteeSubjects.has(norm(s)));
  if (shared.length) {
    score += WEIGHTS.subject;
    reasons.push(`Тот же предмет: ${shared.map((s) => s.toLowerCase()).join(', ')}`);
  } else {
    reasons.push(mentee.subjects.length && mentor.subjects.length ? 'Предметы не совпадают' : 'Предметы не указаны');
  }

  const { ok, free } = checkLoad(mentor.load, mentor.limit, 1);
  if (ok) {
    score += (WEIGHTS.load * free) / mentor.limit;
    reasons.push(`Нагрузка: ${mentor.load} из ${mentor.limit}`);
  } else {
    reasons.push(`Нагрузка: ${mentor.load} из ${mentor.limit} — свободных мест нет`);
  }

  if (mentor.training === 'completed') {
    score += WEIGHTS.training;
    reasons.push(`Наставник: ${TRAINING_LABELS.completed}`);
  } else if (mentor.training === 'in_progress') {
    score += WEIGHTS.training / 2;
    reasons.push(`Наставник: ${TRAINING_LABELS.in_progress}`);
  }

  return { mentor, score: Math.round(score), reasons, selectable: ok };
}

/** Every mentor but the mentee themself, the free ones first, best score first. */
export function rankMentors(mentee: MenteeForMatching, mentors: MentorForMatching[]): MentorSuggestion[] {
  return mentors
    .filter((m) => m.personId !== mentee.personId)
    .map((m) => scoreMentor(mentee, m))
    .sort((a, b) => Number(b.selectable) - Number(a.selectable) || b.score - a.score || a.mentor.name.localeCompare(b.mentor.name, 'ru'));
}
