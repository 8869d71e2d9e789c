import type { Metadata } from 'next';
import { DistrictDashboard } from '@/components/dashboard/district-dashboard';
import { RegionDashboard } from '@/components/dashboard/region-dashboard';
import { SchoolDashboard } from '@/components/dashboard/school-dashboard';
import { TeacherDashboard } from '@/components/dashboard/teacher-dashboard';
import { StudentPathCard } from '@/components/students/pairs/student-path-card';
import { TeacherStudentPairsCard } from '@/components/students/pairs/teacher-student-pairs-card';
import { studentPath } from '@/lib/domain/students/path';
import { todayIso } from '@/lib/server/clock';
import { regionSummary } from '@/lib/server/dashboard/region-summary';
import { loadSchoolFacts } from '@/lib/server/dashboard/school-facts';
import { listMyAcknowledgements } from '@/lib/server/documents/my-acknowledgements';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { KEY_PARTS } from '@/lib/server/indicators/school-counts';
import { listCampaigns } from '@/lib/server/monitoring/list-campaigns';
import { ownElectronicHrAct } from '@/lib/server/organizations/electronic-hr-act';
import { listOwnPrograms } from '@/lib/server/programs/own-programs';
import { listSchools } from '@/lib/server/schools/list-schools';
import { scopedPage } from '@/lib/server/scoped-read';
import { listStudentPairs } from '@/lib/server/students/pairs-read';
import { loadStudentFacts } from '@/lib/server/students/path';
import { acknowledgeInAppAction } from '../documents/actions';
import { markActivityAction } from '../programs/actions';

export const metadata: Metadata = { title: 'Главная' };

export default async function DashboardPage() {
  const { scope, read } = await scopedPage();
  switch (scope.role) {
    case 'region_operator': {
      const today = todayIso();
      const [districts, report, monitoring] = await Promise.all([
        read(regionSummary),
        read(loadIndicatorReport, { referenceDate: today, parts: KEY_PARTS }),
        read(listCampaigns),
      ]);
      return <RegionDashboard scope={scope} today={today} districts={districts} report={report} monitoring={monitoring} />;
    }
    case 'district_coordinator':
      return <DistrictDashboard scope={scope} schools={await read(listSchools)} />;
    case 'school_head':
    case 'curator': {
      const [facts, acknowledgements, act, students] = await Promise.all([
        read(loadSchoolFacts),
        read(listMyAcknowledgements),
        read(ownElectronicHrAct),
        read(loadStudentFacts),
      ]);
      return (
        <>
          <SchoolDashboard
            scope={scope}
            facts={facts}
            acknowledgements={{ items: acknowledgements, consented: scope.electronicHrConsent, localAct: act !== null, acknowledge: acknowledgeInAppAction }}
          />
          <StudentPathCard steps={studentPath(students)} />
        </>
      );
    }
    case 'teacher': {
      const [acknowledgements, programs, act, studentPairs] = await Promise.all([
        read(listMyAcknowledgements),
        read(listOwnPrograms),
        read(ownElectronicHrAct),
        read(listStudentPairs),
      ]);
      return (
        <>
          <TeacherDashboard
            scope={scope}
            acknowledgements={{ items: acknowledgements, consented: scope.electronicHrConsent, localAct: act !== null, acknowledge: acknowledgeInAppAction }}
            programs={{ programs, today: todayIso(), mark: markActivityAction }}
          />
          <TeacherStudentPairsCard pairs={studentPairs.map((p) => ({ id: p.pair.id, form: p.form.name, mentees: p.mentees.map((m) => m.label) }))} />
        </>
      );
    }
    default: {
      const unknown: never = scope.role;
      throw new Error(`No dashboard for the role ${String(unknown)}`);
    }
  }
}
