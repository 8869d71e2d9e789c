// Who signs a consent of the student model and the opening sentence naming them: a legal
// representative for a pupil (with the identity document and the document confirming the
// authority, ст. 9 ч. 4 п. 1–2 152-ФЗ), or an adult mentor for themselves; the signature
// lines, with the pupil's own where the pupil is of the school's co-signing age.
import { z } from 'zod';
import { declineFullName, formatDate, type PersonName } from '@/lib/core/russian';
import type { Block } from '@/lib/documents/model';
import { isoDate, optional, personName, PRESENT } from '@/templates/_parts';
import { shortText } from '@/templates/_school/fields';
import { bodyParagraph, gendered, personalSignature } from '@/templates/_school/forms';
import { identityDocument } from '@/templates/consent-personal-data/schema';

export const BLANK = '________________________________';
const SHORT_BLANK = '__________';

export const consentSubject = z.object(
  {
    person: personName,
    /** A pupil's birth date and class; null for an adult mentor. */
    birthDate: optional(isoDate),
    className: optional(z.string().trim().max(10, 'класс: не длиннее 10 символов')),
    /** An adult mentor's own identity document; a pupil's representative carries theirs. */
    identityDocument: optional(identityDocument),
    address: optional(shortText()),
  },
  PRESENT,
);

export const representative = z.object(
  {
    person: personName,
    /** «мать», «отец», «опекун». */
    relation: shortText(),
    identityDocument,
    address: optional(shortText()),
    /** «свидетельство о рождении II-РК № 123456 от 01.02.2012»; null prints a line to fill in. */
    authorityDocument: optional(shortText()),
  },
  PRESENT,
);

export const signerFields = {
  subject: consentSubject,
  /** The pupil's legal representative; null when an adult signs for themselves. */
  representative: optional(representative),
  /** The pupil is of the school's co-signing age on the consent's date and signs too. */
  cosigns: z.boolean({ error: 'укажите, подписывает ли обучающийся' }).default(false),
  role: z.enum(['mentor', 'mentee'], { error: 'роль: mentor (наставник) или mentee (наставляемый)' }),
  date: optional(isoDate),
};

type Signers = { subject: z.output<typeof consentSubject>; representative: z.output<typeof representative> | null; cosigns: boolean; date: string | null };

export const ROLE = { mentor: 'наставника', mentee: 'наставляемого' } as const;

function identityText(doc: z.output<typeof identityDocument> | null): string {
  if (!doc) return `${BLANK}: серия ${SHORT_BLANK}, номер ${SHORT_BLANK}, дата выдачи ${SHORT_BLANK}, кем выдан: ${BLANK}`;
  return `${doc.kind}: серия ${doc.series ?? SHORT_BLANK}, номер ${doc.number ?? SHORT_BLANK}, дата выдачи ${doc.issuedOn ? formatDate(doc.issuedOn) : SHORT_BLANK}, кем выдан: ${doc.issuedBy ?? BLANK}`;
}

/** «Петровой Анны Сергеевны, 15.03.2013 года рождения, обучающейся 7Б класса» (genitive). */
export function childGenitive(s: z.output<typeof consentSubject>): string {
  const born = s.birthDate ? `, ${formatDate(s.birthDate)} года рождения` : '';
  const pupil = gendered(s.person, { male: 'обучающегося', female: 'обучающейся' });
  return `${declineFullName(s.person, 'genitive')}${born}${s.className ? `, ${pupil} ${s.className} класса` : ''}`;
}

/**
 * «Я, <representative>, документ … , являясь законным представителем (мать) <child>, на
 * основании <authority>,» or «Я, <adult>, документ …,»: the opening every consent shares.
 */
export function signerOpening(d: Signers): string {
  const rep = d.representative;
  if (rep) {
    const registered = gendered(rep.person, { male: 'зарегистрирован', female: 'зарегистрирована' });
    return (
      `Я, ${declineFullName(rep.person, 'nominative')}, документ, удостоверяющий личность, — ${identityText(rep.identityDocument)}, ${registered} по адресу: ${rep.address ?? BLANK}, ` +
      `являясь законным представителем (${rep.relation}) ${gendered(d.subject.person, { male: 'несовершеннолетнего', female: 'несовершеннолетней' })} ${childGenitive(d.subject)} на основании документа, подтверждающего полномочия: ${rep.authorityDocument ?? BLANK},`
    );
  }
  const registered = gendered(d.subject.person, { male: 'зарегистрирован', female: 'зарегистрирована' });
  return `Я, ${declineFullName(d.subject.person, 'nominative')}, документ, удостоверяющий личность, — ${identityText(d.subject.identityDocument)}, ${registered} по адресу: ${d.subject.address ?? BLANK},`;
}

/** «моего ребенка» or «моих» — whose data or participation the consent is about. */
export const whose = (d: Signers, child: string, own: string) => (d.representative ? child : own);

/** The representative's (or adult's) signature, and the co-signing pupil's under it. */
export function signatures(d: Signers): Block[] {
  const signer: PersonName = d.representative?.person ?? d.subject.person;
  return [
    personalSignature(signer, d.date),
    ...(d.representative && d.cosigns
      ? [
          bodyParagraph(`С согласием ${gendered(d.subject.person, { male: 'ознакомлен и согласен', female: 'ознакомлена и согласна' })} обучающийся:`),
          personalSignature(d.subject.person, d.date),
        ]
      : []),
  ];
}
