'use client';
// A staff member's name in the cases documents use, as they will print it, shown while the
// curator types: a wrong form is seen (and fixed with the gender choice) before any order.
import { declineFullName, detectGender, type GrammaticalCase, initialsAfter, type PersonName } from '@/lib/core/russian';

const CASES: [GrammaticalCase, string][] = [
  ['genitive', 'Родительный (кого?)'],
  ['dative', 'Дательный (кому?)'],
  ['accusative', 'Винительный (кого?)'],
  ['instrumental', 'Творительный (кем?)'],
  ['prepositional', 'Предложный (о ком?)'],
];

export function DeclinedName({ name }: { name: PersonName }) {
  if (!name.lastName.trim() || !name.firstName.trim()) return null;
  const clean: PersonName = {
    lastName: name.lastName.trim(),
    firstName: name.firstName.trim(),
    middleName: name.middleName?.trim() || null,
    gender: name.gender ?? null,
    forms: name.forms ?? null,
    keepFatherName: name.keepFatherName ?? null,
  };
  const gender = detectGender(clean) === 'male' ? 'мужской' : 'женский';
  return (
    <table className="data" data-testid="declined-name" tabIndex={0}>
      <caption className="muted" style={{ textAlign: 'left' }}>
        Так имя будет склоняться в документах (пол: {gender}
        {clean.gender ? ', указан вручную' : ', определён по имени'}
        {clean.forms ? '; формы, вписанные вручную, заменяют автоматические' : ''})
      </caption>
      <tbody>
        {CASES.map(([c, label]) => (
          <tr key={c}>
            <th style={{ width: '14rem' }}>{label}</th>
            <td>{declineFullName(clean, c)}</td>
          </tr>
        ))}
        <tr>
          <th>В списках</th>
          <td>{initialsAfter(clean)}</td>
        </tr>
      </tbody>
    </table>
  );
}
