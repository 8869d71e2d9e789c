'use server';

import { municipalityListFileSchema } from '@/lib/domain/validations/municipality';
import { scopedAction } from '@/lib/server/action';
import { importMunicipalities, previewMunicipalityImport } from '@/lib/server/municipalities/import-municipalities';

export const previewMunicipalityImportAction = scopedAction({ schema: municipalityListFileSchema, permission: 'districts.create' }, previewMunicipalityImport);

export const importMunicipalitiesAction = scopedAction(
  { schema: municipalityListFileSchema, permission: 'districts.create', revalidate: ['/dashboard', '/schools', '/district/progress'] },
  importMunicipalities,
);
