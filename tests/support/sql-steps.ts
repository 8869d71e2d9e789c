// Writes made directly in SQL, one after another, each followed by a look at what the database
// keeps from them: the tests of the tables kept by triggers (school_counts, student_involvement).
import type { Pool } from 'pg';
import { expect } from 'vitest';

/** A write and what it stands for; a label with "no bearing" says it must change nothing observed. */
export type SqlStep = readonly [label: string, text: string, params: unknown[]];

/**
 * Runs each step (it must write a row), then `observe(label)`, which checks what it must and
 * returns what it saw: a "no bearing" step must leave that as it was and, with
 * `othersChange`, every other step must change it. Returns the last thing observed.
 */
export async function runSqlSteps<T>(
  pool: Pool,
  steps: readonly SqlStep[],
  observe: (label: string) => Promise<T>,
  { othersChange = false } = {},
): Promise<T> {
  let last = await observe('start');
  for (const [label, text, params] of steps) {
    const { rowCount } = await pool.query(`${text} returning 1`, params);
    expect(rowCount, label).toBeGreaterThan(0);
    const now = await observe(label);
    if (label.includes('no bearing')) expect(now, label).toEqual(last);
    else if (othersChange) expect(now, `${label} changes what is kept`).not.toEqual(last);
    last = now;
  }
  return last;
}
