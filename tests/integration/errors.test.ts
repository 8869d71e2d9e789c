// What a user sees when something fails: a Russian message in the right grammatical gender,
// and for an unexpected failure an incident number instead of SQL, parameters or a stack.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDocument } from '@/lib/server/documents/load-document';
import { appErrorResponse } from '@/lib/server/http-response';
import { iomFormState } from '@/lib/server/programs/form-defaults';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

describe('not found', () => {
  it('agrees with a masculine noun: «Документ не найден», «Сотрудник не найден»', async () => {
    await expect(loadDocument(t.db, tree.scopes.curator1a, randomUUID())).rejects.toMatchObject({ message: 'Документ не найден или недоступен.' });
    await expect(loadDocument(t.db, tree.scopes.curator1a, 'not-a-uuid')).rejects.toMatchObject({ message: 'Документ не найден или недоступен.' });
    await expect(iomFormState(t.db, tree.scopes.curator1a, randomUUID())).rejects.toMatchObject({ message: 'Сотрудник не найден или недоступен.' });
  });
});

describe('an unexpected failure of a route handler', () => {
  it('answers 500 with a Russian message and an incident number; the log has the details under it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const secret = new Error('column "password_hash" does not exist at character 8: select password_hash from users where id = $1');
      const res = appErrorResponse(secret);
      const body = await res.text();
      expect(res.status).toBe(500);
      expect(body).toMatch(/^Не удалось выполнить запрос: внутренняя ошибка\. Номер инцидента: [0-9A-F]{8} — сообщите его администратору\.$/);
      expect(body).not.toMatch(/password_hash|select|\$1/);
      const incident = /([0-9A-F]{8})/.exec(body)![1];
      expect(log).toHaveBeenCalledWith(`[инцидент ${incident}] route failed:`, secret);
    } finally {
      log.mockRestore();
    }
  });
});
