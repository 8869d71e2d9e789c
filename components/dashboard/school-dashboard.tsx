// The school's path: nine steps with their state, what is missing and a link to the page
// where each step is done.
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { MyAcknowledgementsCard } from '@/components/documents/my-acknowledgements-card';
import { type SchoolFacts, schoolPath, STEP_LABELS } from '@/lib/domain/school/path';
import type { Scope } from '@/lib/server/auth/scope';

export function SchoolDashboard({
  scope,
  facts,
  acknowledgements,
}: {
  scope: Scope;
  facts: SchoolFacts;
  acknowledgements: ComponentProps<typeof MyAcknowledgementsCard>;
}) {
  const steps = schoolPath(facts);
  const done = steps.filter((s) => s.state === 'done').length;
  const next = steps.find((s) => s.state !== 'done');
  return (
    <>
      <h1>{scope.orgShortName}: путь внедрения наставничества</h1>
      <p className="muted">
        Выполнено шагов: {done} из {steps.length}.
        {next && (
          <>
            {' '}
            Следующий шаг: <Link href={next.href}>{next.title.toLowerCase()}</Link>.
          </>
        )}
      </p>
      <MyAcknowledgementsCard {...acknowledgements} />
      <div className="card">
        <ol className="steps">
          {steps.map((s) => (
            <li key={s.no} data-step={s.no} data-state={s.state}>
              <strong>{s.no}.</strong>
              <div style={{ flex: 1 }}>
                <div>
                  <Link href={s.href}>{s.title}</Link>
                </div>
                <div className="muted">{s.next}</div>
              </div>
              {/* The row stretches its items to its height: the badge keeps its own, centred. */}
              <span className={`badge ${s.state}`} style={{ alignSelf: 'center', flexShrink: 0 }}>
                {STEP_LABELS[s.state]}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
