import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TEMPLATES } from '@/templates/registry';

/** Values of every JSON type but the one a field holds. */
function wrongTypesFor(value: unknown): unknown[] {
  const all: unknown[] = ['текст', 42, true, ['список'], { поле: 1 }];
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  return all.filter((w) => kind(w) !== kind(value));
}

/** Every field of the example, two levels deep, replaced in turn by each wrong type. */
function* mutations(example: Record<string, unknown>): Generator<unknown> {
  for (const [key, value] of Object.entries(example)) {
    for (const wrong of wrongTypesFor(value)) yield { ...example, [key]: wrong };
    const inner = Array.isArray(value) ? value[0] : value;
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const [k, v] of Object.entries(inner as Record<string, unknown>)) {
        for (const wrong of wrongTypesFor(v)) {
          const changed = { ...(inner as Record<string, unknown>), [k]: wrong };
          yield { ...example, [key]: Array.isArray(value) ? [changed, ...value.slice(1)] : changed };
        }
      }
    }
  }
}

describe('messages for values of the wrong type, in every template', () => {
  it('say what is expected in Russian words and never call a present value missing', () => {
    let rejections = 0;
    for (const template of TEMPLATES) {
      for (const data of mutations(template.example as Record<string, unknown>)) {
        const result = (template.schema as z.ZodType).safeParse(data, { reportInput: true });
        if (result.success) continue;
        for (const issue of result.error.issues) {
          if (issue.code !== 'invalid_type' || issue.input === undefined || issue.input === null) continue;
          rejections++;
          const where = `${template.name}: ${issue.path.join('.')} = ${JSON.stringify(issue.input)}`;
          expect(issue.message, where).not.toBe('обязательное поле');
          // A schema's own message may list the JSON values it takes («основание: refusal или cancellation»).
          expect(issue.message, where).not.toMatch(/получено|ожидалось|Неверный ввод|Invalid|expected/);
          if (issue.message.startsWith('ожидается')) expect(issue.message, where).not.toMatch(/[A-Za-z]/);
        }
      }
    }
    expect(rejections).toBeGreaterThan(500);
  }, 120_000);
});
