import type { Metadata } from 'next';
import { DistrictDashboard } from '@/components/dashboard/district-dashboard';
import { RegionDashboard } from '@/components/dashboard/region-dashboard';
import { SchoolDashboard } from '@/components/dashboard/school-dashboard';
import { TeacherDashboard } from '@/components/dashboard/teacher-dashboard';
import { requirePageScope } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Главная' };

export default async function DashboardPage() {
  const scope = await requirePageScope();
  switch (scope.role) {
    case 'region_operator':
      return <RegionDashboard scope={scope} />;
    case 'district_coordinator':
      return <DistrictDashboard scope={scope} />;
    case 'school_head':
    case 'curator':
      return <SchoolDashboard scope={scope} />;
    case 'teacher':
      return <TeacherDashboard scope={scope} />;
  }
}
