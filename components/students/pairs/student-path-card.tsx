// The card «Наставничество обучающихся» of the school dashboard: the seven stages of Р-145,
// what each produces, its state, what is missing, and the page where it is done.
import Link from 'next/link';
import { STEP_LABELS } from '@/lib/domain/school/path';
import type { StudentStep } from '@/lib/domain/students/path';

export function StudentPathCard({ steps }: { steps: StudentStep[] }) {
  const done = steps.filter((s) => s.state === 'done').length;
  const current = steps.find((s) => s.state !== 'done');
  return (
    <section className="card" data-testid="student-path">
      <h2>Наставничество обучающихся</h2>
      <p>
        Этапов выполнено: {done} из {steps.length}.{current ? ` Сейчас: этап ${current.no} «${current.title}».` : ''}
      </p>
      <ol className="steps">
        {steps.map((s) => (
          <li key={s.no} data-stage={s.no} data-state={s.state}>
            <strong>{s.no}.</strong>
            <div style={{ flex: 1 }}>
              <div>
                <Link href={s.href}>{s.title}</Link>
              </div>
              <div className="muted">Результат: {s.produces}.</div>
              <div className="muted">{s.next}</div>
            </div>
            {/* Laid out as the school path above it: the badge keeps its own height, centred. */}
            <span className={`badge ${s.state}`} style={{ alignSelf: 'center', flexShrink: 0 }}>
              {STEP_LABELS[s.state]}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
