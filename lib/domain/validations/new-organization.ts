// The fields of a new organization one level down (a municipality of a region, a school of a
// municipality): its names, city, order suffix and head. Shared by both registration forms,
// their spreadsheet imports and the one insert path (createChildOrganization).
import { z } from 'zod';
import { optionalText, requiredText } from './fields';

export const organizationFields = {
  fullName: requiredText('Полное наименование', 500),
  shortName: requiredText('Краткое наименование', 200),
  city: requiredText('Населённый пункт', 100),
  orderSuffix: optionalText('Суффикс номера приказа', 10),
  headPosition: requiredText('Должность руководителя', 100),
  headLastName: requiredText('Фамилия руководителя', 100),
  headFirstName: requiredText('Имя руководителя', 100),
  headMiddleName: optionalText('Отчество руководителя', 100),
};

export const organizationSchema = z.object(organizationFields);
export type OrganizationFieldsInput = z.input<typeof organizationSchema>;
