// A person's name as lists and headings write it, in the nominative.

export interface NameParts {
  lastName: string;
  firstName: string;
  middleName?: string | null;
}

/** 'Петров Иван Сергеевич': surname, first name and patronymic (if any) separated by single spaces. */
export const fullNameOf = (p: NameParts): string => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
