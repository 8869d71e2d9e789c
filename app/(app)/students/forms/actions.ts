'use server';

import {
  addFormSchema,
  addVariantSchema,
  archiveFormSchema,
  archiveVariantSchema,
  removeFormSchema,
  removeVariantSchema,
  renameVariantSchema,
  updateFormSchema,
} from '@/lib/domain/validations/students-people';
import { scopedAction } from '@/lib/server/action';
import {
  addStudentForm,
  addStudentFormVariant,
  removeStudentForm,
  removeStudentFormVariant,
  renameStudentFormVariant,
  setStudentFormArchived,
  setStudentFormVariantArchived,
  updateStudentForm,
} from '@/lib/server/students/forms';

const opts = <S>(schema: S) => ({ schema, permission: 'students.manage' as const, revalidate: ['/students/forms'] });

export const addFormAction = scopedAction(opts(addFormSchema), addStudentForm);
export const updateFormAction = scopedAction(opts(updateFormSchema), updateStudentForm);
export const archiveFormAction = scopedAction(opts(archiveFormSchema), setStudentFormArchived);
export const removeFormAction = scopedAction(opts(removeFormSchema), removeStudentForm);
export const addVariantAction = scopedAction(opts(addVariantSchema), addStudentFormVariant);
export const renameVariantAction = scopedAction(opts(renameVariantSchema), renameStudentFormVariant);
export const archiveVariantAction = scopedAction(opts(archiveVariantSchema), setStudentFormVariantArchived);
export const removeVariantAction = scopedAction(opts(removeVariantSchema), removeStudentFormVariant);
