import type { Metadata } from 'next';
import Link from 'next/link';
import { GuardianForm } from '@/components/students/people/guardian-form';
import { PupilForm } from '@/components/students/people/pupil-form';
import { RemoveGuardianButton } from '@/components/students/people/remove-guardian-button';
import { formatDate, fullNameOf } from '@/lib/core/russian';
import { classLabel } from '@/lib/domain/students/classes';
import { GUARDIAN_RELATION_LABELS } from '@/lib/domain/students/vocabulary';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { pupilCard } from '@/lib/server/students/pupils';
import { addGuardianAction, removeGuardianAction, updateGuardianAction, updatePupilAction } from '../actions';

export const metadata: Metadata = { title: 'Обучающийся' };

export default async function PupilPage({ params }: { params: Promise<{ id: string }> }) {
  const { read } = await scopedPage('students.manage');
  const { pupil: p, guardians } = await notFoundOnAppError(read(pupilCard, (await params).id));
  const label = classLabel({ grade: p.grade, letter: p.classLetter });
  return (
    <>
      <p>
        <Link href={`/students?class=${encodeURIComponent(label)}`}>← {label} класс</Link>
      </p>
      <h1>{fullNameOf(p)}</h1>
      <p>
        {label} класс, дата рождения {formatDate(p.birthDate)}.
      </p>
      <p className="muted">
        По запросу законного представителя (ст. 14 152-ФЗ): <a href={`/students/pupils/${p.id}/personal-data`}>выгрузить все сведения об обучающемся одним файлом</a>.
      </p>

      <h2>Родители (законные представители)</h2>
      {guardians.length === 0 && <p className="notice">Представитель не указан: согласия обучающегося подписывает родитель или иной законный представитель.</p>}
      <div className="stack" data-testid="guardians">
        {guardians.map((g) => (
          <details key={g.id} className="card">
            <summary>
              {fullNameOf(g)} — {GUARDIAN_RELATION_LABELS[g.relation]}
              {g.authorityDocument ? `; ${g.authorityDocument}` : '; документ о полномочиях не указан'}
            </summary>
            <GuardianForm
              pupilId={p.id}
              guardianId={g.id}
              action={updateGuardianAction}
              defaults={{
                lastName: g.lastName,
                firstName: g.firstName,
                middleName: g.middleName ?? '',
                gender: g.genderOverride ?? 'auto',
                keepFatherName: g.keepFatherName,
                relation: g.relation,
                authorityDocument: g.authorityDocument,
              }}
            />
            <p>
              <RemoveGuardianButton guardianId={g.id} name={fullNameOf(g)} action={removeGuardianAction} />
            </p>
          </details>
        ))}
      </div>
      <details className="card" open={guardians.length === 0}>
        <summary>Добавить представителя</summary>
        <GuardianForm
          pupilId={p.id}
          action={addGuardianAction}
          defaults={{ lastName: '', firstName: '', middleName: '', gender: 'auto', keepFatherName: false, authorityDocument: '' }}
        />
      </details>

      <h2>Сведения об обучающемся</h2>
      <div className="card">
        <PupilForm
          pupilId={p.id}
          action={updatePupilAction}
          defaults={{
            lastName: p.lastName,
            firstName: p.firstName,
            middleName: p.middleName ?? '',
            gender: p.genderOverride ?? 'auto',
            keepFatherName: p.keepFatherName,
            birthDate: p.birthDate,
            schoolClass: label,
          }}
        />
      </div>
    </>
  );
}
