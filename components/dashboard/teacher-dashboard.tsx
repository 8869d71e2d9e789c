// A teacher's page: the documents addressed to them, to read and acknowledge, and the
// programs they mark as a mentor or follow as their own ИОМ.
import type { ComponentProps } from 'react';
import { MyAcknowledgementsCard } from '@/components/documents/my-acknowledgements-card';
import { OwnProgramsCard } from '@/components/programs/own-programs-card';
import type { Scope } from '@/lib/server/auth/scope';

export function TeacherDashboard({
  scope,
  acknowledgements,
  programs,
}: {
  scope: Scope;
  acknowledgements: ComponentProps<typeof MyAcknowledgementsCard>;
  programs: ComponentProps<typeof OwnProgramsCard>;
}) {
  return (
    <>
      <h1>{scope.fullName}</h1>
      <p className="muted">{scope.orgShortName}</p>
      <MyAcknowledgementsCard {...acknowledgements} />
      <OwnProgramsCard {...programs} />
      <p className="notice">
        Когда куратор включит вас в приказ, он появится в списке «Документы для ознакомления» на этой странице.
      </p>
    </>
  );
}
