import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_CHOICES, auditActionLabel } from './actions';

/** Every literal action code the server writes (`action: '…'` and the two branches of a ternary). */
function writtenCodes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return writtenCodes(path);
    if (!/\.tsx?$/.test(name) || name.endsWith('.test.ts')) return [];
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(/action: ([^,\n]+)/g)].flatMap((m) => [...m[1]!.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)].map((c) => c[1]!));
  });
}

describe('audit action labels', () => {
  it('every code the server writes has its Russian words', () => {
    const codes = [...new Set([...writtenCodes('lib/server'), ...writtenCodes('app')])];
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) expect({ code, label: auditActionLabel(code) }).toEqual({ code, label: expect.stringMatching(/^[А-ЯЁ]/) });
    const missing = codes.filter((c) => !AUDIT_ACTION_CHOICES.some((choice) => choice.code === c));
    expect(missing).toEqual([]);
  });

  it('a code added later still reads as Russian, never as the code', () => {
    expect(auditActionLabel('agreement.create')).toBe('Создание');
    expect(auditActionLabel('consent.expire')).toBe('Действие: согласие');
    expect(auditActionLabel('document.issue')).toBe('Издание документа');
  });
});
