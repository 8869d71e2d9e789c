// A mentor pair or group as school documents list it: one mentor, one mentee (pair) or two
// and more (group), the form of mentoring and the term of its ППН (3 months to 1 year).
import { z } from 'zod';
import { isoDate } from '@/templates/_parts';
import { shortText } from './fields';
import { staffMember } from './staff';
import { programTermCheck } from './term';

export const MAX_GROUP_SIZE = 15;

export const pairKind = z.enum(['pair', 'group'], { error: 'вид: pair (пара) или group (группа)' });

/** Fields of a pair; templates add their own (payment, agreement) and then apply `checkMentorPair`. */
export const mentorPairShape = {
  kind: pairKind,
  mentor: staffMember,
  mentees: z
    .array(staffMember, { error: 'ожидается список наставляемых' })
    .min(1, 'укажите наставляемого')
    .max(MAX_GROUP_SIZE, `в группе не больше ${MAX_GROUP_SIZE} наставляемых`),
  /** «педагог – педагог», «руководитель ОО – педагог» … */
  form: shortText(),
  start: isoDate,
  end: isoDate,
};

interface PairLike {
  kind: 'pair' | 'group';
  mentees: unknown[];
  start: string;
  end: string;
}

/** A pair has exactly one mentee, a group two or more; the ППН lasts 3 months to 1 year. */
export function checkMentorPair(pair: PairLike, ctx: z.RefinementCtx): void {
  if (pair.kind === 'pair' && pair.mentees.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['mentees'], message: 'в наставнической паре ровно один наставляемый' });
  }
  if (pair.kind === 'group' && pair.mentees.length < 2) {
    ctx.addIssue({ code: 'custom', path: ['mentees'], message: 'в наставнической группе не меньше двух наставляемых' });
  }
  programTermCheck()(pair, ctx);
}

export const mentorPair = z.object(mentorPairShape).superRefine(checkMentorPair);
export type MentorPair = z.output<typeof mentorPair>;

/** 'А, Б и В' */
export function joinWithAnd(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} и ${items.at(-1)}`;
}

/**
 * What a mentor's work rests on: an additional agreement (ст. 351.8 ТК РФ), the job function
 * itself (a head or deputy whose duties include mentoring: no agreement, no payment), or an
 * agreement the founder signs with the school head, who cannot sign one with herself.
 */
export const mentoringBasis = z.enum(['agreement', 'job_function', 'founder_agreement'], {
  error: 'основание: agreement (дополнительное соглашение), job_function (в рамках трудовой функции) или founder_agreement (соглашение с учредителем)',
});
export type MentoringBasisValue = z.output<typeof mentoringBasis>;
