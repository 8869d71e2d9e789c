// Pages turn "not found / not yours" into Next's 404, so a forged id in a URL shows the
// Russian not-found page and nothing else.
import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/core/errors';

export async function notFoundOnAppError<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}
