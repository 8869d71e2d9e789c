'use server';

import { createMunicipalitySchema } from '@/lib/domain/validations/municipality';
import { scopedAction } from '@/lib/server/action';
import { createMunicipality } from '@/lib/server/municipalities/create-municipality';

export const createMunicipalityAction = scopedAction(
  { schema: createMunicipalitySchema, permission: 'districts.create', revalidate: ['/dashboard', '/schools'] },
  createMunicipality,
);
