// A school head who mentors cannot sign an additional agreement with herself: the two lawful
// routes are mentoring within the job function (Роструд 02.10.2025 № ТЗ/7300-6-1: then
// ст. 351.8 wording and payment do not apply) or an agreement the founder signs as employer.
import type { MentoringBasis } from './vocabulary';

export const HEAD_SELF_AGREEMENT =
  'Руководитель не может заключить дополнительное соглашение сам с собой. Выберите основание: «в рамках трудовой функции» (без соглашения и выплаты) или «соглашение, заключённое учредителем».';
export const FOUNDER_ONLY_FOR_HEAD = 'Соглашение с учредителем — только для руководителя организации: с другим работником соглашение подписывает руководитель.';

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/ё/g, 'е');

/**
 * Whether a staff record is the organization's head: the name and the position the settings
 * store (a namesake teacher is not the head).
 */
export function isHeadOf(
  person: { lastName: string; firstName: string; middleName: string | null; position: string },
  org: { headLastName: string; headFirstName: string; headMiddleName: string | null; headPosition: string },
): boolean {
  return (
    norm(person.position) === norm(org.headPosition) &&
    norm(person.lastName) === norm(org.headLastName) &&
    norm(person.firstName) === norm(org.headFirstName) &&
    norm(person.middleName) === norm(org.headMiddleName)
  );
}

/** Why a basis does not fit the mentor, or null. */
export function basisProblem(basis: MentoringBasis, mentorIsHead: boolean): string | null {
  if (mentorIsHead && basis === 'agreement') return HEAD_SELF_AGREEMENT;
  if (!mentorIsHead && basis === 'founder_agreement') return FOUNDER_ONLY_FOR_HEAD;
  return null;
}
