// What a password a person chooses must satisfy. The common-password list is the one
// zxcvbn-ts maintains (~49 000 passwords seen most often in breaches).
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;

let common: Set<string> | null = null;
const commonPasswords = () => (common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())));

/** A Russian reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Пароль должен быть не короче ${MIN_PASSWORD_LENGTH} символов.`;
  const lower = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (lower === mail || lower === mail.split('@')[0]) return 'Пароль не должен совпадать с адресом электронной почты.';
  if (commonPasswords().has(lower)) return 'Этот пароль входит в список самых распространённых: его подберут первым. Выберите другой.';
  return null;
}

/** A one-time password for setup and resets: 16 characters without look-alikes (0/O, 1/l/I). */
export function oneTimePassword(randomBytes: (n: number) => Uint8Array): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(16), (b) => alphabet[b % alphabet.length]).join('');
}
