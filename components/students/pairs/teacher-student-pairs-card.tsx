// A teacher's own pairs of the student model on their dashboard: the pupils they mentor, and
// nobody else's (listStudentPairs filters by the teacher's staff record).
import Link from 'next/link';

export function TeacherStudentPairsCard({ pairs }: { pairs: { id: string; form: string; mentees: string[] }[] }) {
  if (pairs.length === 0) return null;
  return (
    <section className="card" data-testid="teacher-student-pairs">
      <h2>Мои пары и группы обучающихся</h2>
      <ul>
        {pairs.map((p) => (
          <li key={p.id}>
            <Link href={`/students/pairs/${p.id}`}>«{p.form}»</Link>: {p.mentees.join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
