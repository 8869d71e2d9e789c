import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MenteeForm } from '@/components/banks/mentee-form';
import { MentorForm } from '@/components/banks/mentor-form';
import { RemoveFromBank } from '@/components/banks/remove-from-bank';
import { fullNameOf } from '@/lib/core/russian';
import { experienceOn, isYoungSpecialist } from '@/lib/domain/people/years';
import { listBanks } from '@/lib/server/banks/list-banks';
import { todayIso } from '@/lib/server/clock';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { loadPerson } from '@/lib/server/people/load-person';
import { scopedPage } from '@/lib/server/scoped-read';
import { removeFromBankAction, saveMenteeAction, saveMentorAction } from '../actions';

export const metadata: Metadata = { title: 'Запись банка' };

export default async function BankEntryPage({ params }: { params: Promise<{ personId: string }> }) {
  const { read } = await scopedPage('mentoring.manage');
  const person = await notFoundOnAppError(read(loadPerson, (await params).personId));
  const banks = await read(listBanks);
  const mentee = banks.mentees.find((m) => m.person.id === person.id);
  const mentor = banks.mentors.find((m) => m.person.id === person.id);
  if (!mentee && !mentor) notFound();
  const today = todayIso();
  const experience = experienceOn(person.pedagogicalStart, today);
  return (
    <>
      <p>
        <Link href="/banks">← Банки наставников и наставляемых</Link>
      </p>
      <h1>
        {fullNameOf(person)}: {mentor ? 'наставник' : 'наставляемый'}
      </h1>
      <p className="muted">
        {person.position || 'должность не указана'}
        {person.subjects.length > 0 && `; предметы: ${person.subjects.join(', ')}`}
        {`; педагогический стаж: ${experience === null ? 'не указан' : `${experience} (полных лет)`}`}
        {mentor && `; наставляемых сейчас: ${mentor.load} из ${mentor.limit}`}
        {mentee?.paired && '; в наставнической паре'}
      </p>
      {mentee && mentee.profile.category !== 'young_specialist' && isYoungSpecialist(person.pedagogicalStart, today) && (
        <p className="notice">Стаж менее 3 лет: подходит категория «молодой специалист».</p>
      )}
      <div className="card">
        {mentee && (
          <MenteeForm
            action={saveMenteeAction}
            defaults={{ personId: person.id, category: mentee.profile.category, deficits: mentee.profile.deficits.join('\n'), requests: mentee.profile.requests }}
          />
        )}
        {mentor && (
          <MentorForm
            action={saveMentorAction}
            orgMax={banks.maxMenteesPerMentor}
            defaults={{ personId: person.id, competences: mentor.profile.competences.join('\n'), capacity: String(mentor.profile.capacity), training: mentor.profile.training }}
          />
        )}
      </div>
      <RemoveFromBank personId={person.id} bank={mentor ? 'mentor' : 'mentee'} action={removeFromBankAction} />
    </>
  );
}
