// The typed error of the app. Its message is Russian and safe to show to the user.
export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION' | 'RATE_LIMITED' | 'UNAUTHENTICATED';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Grammatical gender of the noun a message is about: «Документ не найден», «Запись не найдена». */
export type Gender = 'masculine' | 'feminine' | 'neuter';

const NOT_FOUND: Record<Gender, string> = { masculine: 'не найден или недоступен', feminine: 'не найдена или недоступна', neuter: 'не найдено или недоступно' };

export const notFound = (what = 'Запись', gender: Gender = 'feminine') => new AppError('NOT_FOUND', `${what} ${NOT_FOUND[gender]}.`);
export const forbidden = () => new AppError('FORBIDDEN', 'Недостаточно прав для этого действия.');
export const conflict = (message: string) => new AppError('CONFLICT', message);
