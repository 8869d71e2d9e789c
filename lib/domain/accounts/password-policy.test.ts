import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { oneTimePassword, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses short, e-mail and common passwords and accepts a long uncommon one', () => {
    expect(passwordProblem('short-1', 'a@b.ru')).toMatch(/не короче 10/);
    expect(passwordProblem('ivanova.mp@school1.ru', 'Ivanova.MP@school1.ru')).toMatch(/электронной почты/);
    expect(passwordProblem('qwerty123456', 'a@b.ru')).toMatch(/распространённых/);
    expect(passwordProblem('Берёза-у-окна-17', 'a@b.ru')).toBeNull();
  });

  it('makes one-time passwords that pass the policy', () => {
    const p = oneTimePassword((n) => randomBytes(n));
    expect(p).toHaveLength(16);
    expect(passwordProblem(p, 'a@b.ru')).toBeNull();
  });
});
