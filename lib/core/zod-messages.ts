// Zod's messages in the app's Russian, for every schema that sets none of its own. Zod's
// bundled Russian locale names JavaScript types («ожидалось массив, получено string»), which
// means nothing to a curator; and a schema's own «обязательное поле» must not answer a value
// that is present but of the wrong type, so those defer to this map through `requiredOnly`.
import { z } from 'zod';

export const REQUIRED = 'обязательное поле';

/** What a field expects, as a user reads it: «ожидается список». */
const EXPECTED: Record<string, string> = {
  string: 'текст',
  number: 'число',
  int: 'целое число',
  bigint: 'целое число',
  boolean: 'да или нет',
  array: 'список',
  tuple: 'список',
  object: 'набор полей',
  record: 'набор полей',
  map: 'набор полей',
  set: 'список',
  date: 'дата',
  file: 'файл',
  literal: 'одно из допустимых значений',
  enum: 'одно из допустимых значений',
};

const missing = (input: unknown) => input === undefined || input === null;

/** The message of a wrong type: «ожидается текст»; «обязательное поле» only for a missing value. */
export function invalidTypeMessage(expected: string, input: unknown): string {
  if (missing(input)) return REQUIRED;
  const what = EXPECTED[expected];
  return what ? `ожидается ${what}` : 'недопустимое значение';
}

const SIZE_UNIT: Record<string, [string, string, string]> = {
  string: ['символа', 'символов', 'символов'],
  array: ['элемента', 'элементов', 'элементов'],
  set: ['элемента', 'элементов', 'элементов'],
  file: ['байта', 'байт', 'байт'],
};

function unit(origin: string, n: number | bigint): string {
  const forms = SIZE_UNIT[origin];
  if (!forms) return '';
  const k = Number(n) % 100;
  const last = k % 10;
  const word = k >= 11 && k <= 14 ? forms[1] : last === 1 ? forms[0] : last >= 2 && last <= 4 ? forms[0] : forms[1];
  return ` ${word}`;
}

const russianErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return invalidTypeMessage(issue.expected, issue.input);
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return REQUIRED;
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'список не может быть пустым';
      const min = String(issue.minimum);
      return issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'file'
        ? `не меньше ${min}${unit(issue.origin, issue.minimum)}`
        : `не меньше ${min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      return issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'file'
        ? `не больше ${max}${unit(issue.origin, issue.maximum)}`
        : `не больше ${max}`;
    }
    case 'invalid_value':
      return 'выберите одно из допустимых значений';
    case 'invalid_format':
      return issue.format === 'email' ? 'неверный формат email' : issue.format === 'uuid' ? 'неверный идентификатор' : 'неверный формат';
    case 'not_multiple_of':
      return `должно быть кратно ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `лишние поля: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return missing(issue.input) ? REQUIRED : 'недопустимое значение';
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return 'недопустимое значение';
    default:
      return 'недопустимое значение';
  }
};

z.config({ customError: russianErrors });

/**
 * A schema's own message for a missing value only (`{ error: requiredOnly('Заполните …') }`):
 * a present value of the wrong type falls through to the map above.
 */
export const requiredOnly =
  (message: string = REQUIRED) =>
  (issue: { input?: unknown; code?: string }): string | undefined =>
    missing(issue.input) ? message : issue.code === 'invalid_type' ? undefined : message;

/** `{ error: … }` of an object or string whose only own message is «обязательное поле». */
export const PRESENT = { error: requiredOnly() };
