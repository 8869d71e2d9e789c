// Pieces of the forms a person signs (consents, a notice, an agreement): the addressee in
// the right corner («Директору МБОУ «СОШ № 1» О.А. Киреевой от учителя … Петрова И.С.»),
// the signer's date and signature line, and gendered words («ознакомлен(а)»).
import { detectGender, formatDate, initialsAfter, initialsBefore, type PersonName } from '@/lib/core/russian';
import type { Block } from '@/lib/documents/model';
import type { OrgRequisites } from '@/templates/_parts';
import { BLANK_DATE } from '@/templates/_parts';
import { declinePosition } from './position';
import { positionIn, type StaffMember } from './staff';

/** The head of the organization in the dative and the sender in the genitive, in the right corner. */
export function addressee(org: OrgRequisites, sender: StaffMember): Block {
  return {
    kind: 'stamps',
    stamps: [
      [
        `${declinePosition(org.headPosition, 'dative')} ${org.shortName}`,
        initialsBefore(org.head, 'dative'),
        `от ${positionIn(sender, 'genitive')}`,
        initialsAfter(sender.person, 'genitive'),
      ],
    ],
  };
}

const SIGNATURE_BLANK = '______________';

/** Lines on the left, a line to sign on and 'М.П. Иванова' on the right. */
export function signedBy(left: string[], person: PersonName): Block {
  return { kind: 'signature', position: left, name: `${SIGNATURE_BLANK} ${initialsBefore(person)}` };
}

/** The signer's date on the left (blank to fill in by hand) and the signature on the right. */
export function personalSignature(person: PersonName, date: string | null): Block {
  return signedBy([date ? formatDate(date) : BLANK_DATE], person);
}

/** 'ознакомлен' or 'ознакомлена' by the person's gender. */
export function gendered(person: PersonName, forms: { male: string; female: string }): string {
  return detectGender(person) === 'female' ? forms.female : forms.male;
}

export function bodyParagraph(text: string): Block {
  return { kind: 'paragraph', runs: [text], align: 'justify', indent: true };
}
