import { afterEach, describe, expect, it, vi } from 'vitest';
import { urlAndSizes } from './database';

afterEach(() => vi.unstubAllEnvs());

describe('generator arguments', () => {
  it('takes a URL argument first, then sizes, each missing size its default', () => {
    expect(urlAndSizes(['postgres://h/db', '3', '7'], [50, 40, 60])).toEqual({ url: 'postgres://h/db', sizes: [3, 7, 60] });
  });

  it('reads sizes alone with DATABASE_URL, or with no database at all', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://env/db');
    expect(urlAndSizes(['2'], [85, 40_000, 60])).toEqual({ url: 'postgres://env/db', sizes: [2, 40_000, 60] });
    vi.stubEnv('DATABASE_URL', undefined);
    expect(urlAndSizes([], [50, 40, 60])).toEqual({ url: undefined, sizes: [50, 40, 60] });
  });
});
