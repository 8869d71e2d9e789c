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

export const notFound = (what = 'Запись') => new AppError('NOT_FOUND', `${what} не найдена или недоступна.`);
export const forbidden = () => new AppError('FORBIDDEN', 'Недостаточно прав для этого действия.');
export const conflict = (message: string) => new AppError('CONFLICT', message);
