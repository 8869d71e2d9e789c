import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_MB, fileSizeProblem, MAX_SCAN_BYTES, MAX_SPREADSHEET_BYTES, MB } from './uploads';

describe('upload limits', () => {
  it('name the limit in Russian, and let a file at the limit go', () => {
    expect(fileSizeProblem({ size: MAX_SCAN_BYTES + 1 }, MAX_SCAN_BYTES, 'сожмите скан.')).toBe('Файл больше 20 МБ: сожмите скан.');
    expect(fileSizeProblem({ size: MAX_SCAN_BYTES }, MAX_SCAN_BYTES, 'сожмите скан.')).toBeNull();
    expect(fileSizeProblem(null, MAX_SPREADSHEET_BYTES, '')).toBeNull();
  });

  it('the server action body limit is just above the largest upload, so the action itself can refuse it', () => {
    const config = createRequire(import.meta.url)('../../next.config.js') as { experimental: { serverActions: { bodySizeLimit: string } } };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(`${ACTION_BODY_LIMIT_MB}mb`);
    const largest = Math.max(MAX_SCAN_BYTES, MAX_SPREADSHEET_BYTES);
    expect(ACTION_BODY_LIMIT_MB * MB).toBeGreaterThan(largest);
    expect(ACTION_BODY_LIMIT_MB * MB).toBeLessThanOrEqual(largest + 2 * MB);
  });
});
