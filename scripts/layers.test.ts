// The layer rule lives in eslint.config.mjs; these tests lint deliberate upward imports
// through the real config, so the suite fails if the config loses a zone or the `@/`
// alias stops resolving (an unresolved import passes the rule silently).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const RULE = 'import/no-restricted-paths';

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({
    cwd: root,
    // Only the layer rule runs: the type-aware rules would need the virtual files on disk
    // and a type check of the whole program, which `npm test` already does once.
    ruleFilter: ({ ruleId }) => ruleId === RULE,
    overrideConfig: {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { projectService: false } },
    },
  });
  // Loading the config (Next's plugins, the resolvers) takes seconds on a busy machine;
  // done here, it does not count against the first test's timeout.
  await eslint.lintText('export {};\n', { filePath: path.join(root, 'lib/core/warm-up.ts') });
}, 60_000);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  // The rule prefixes the zone's message with 'Unexpected path "…" imported in restricted zone.'
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message.replace(/^.*? restricted zone\. /, ''));
}

describe('the layer rule', () => {
  it('fails lib/domain importing lib/server through the @/ alias', async () => {
    const errors = await layerErrors('lib/domain/x.ts', "import { inScope } from '@/lib/server/auth/scope';\nexport const f = inScope;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Layer rule: lib\/domain may import only itself and the layers below it/);
  });

  it('fails lib/core importing lib/documents through a relative path', async () => {
    const errors = await layerErrors('lib/core/x.ts', "import type { DocumentModel } from '../documents/model';\nexport type M = DocumentModel;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Layer rule: lib\/core /);
  });

  it('fails components importing db', async () => {
    const errors = await layerErrors('components/x.tsx', "import { getDb } from '@/db/client';\nexport const f = getDb;\n");
    expect(errors).toEqual(['Layer rule: app and components may not import db; every database access goes through lib/server.']);
  });

  it('fails production code importing tests/, but not a unit test beside it', async () => {
    const code = "import { pdfText } from '@/tests/support/extract';\nexport const f = pdfText;\n";
    expect(await layerErrors('lib/documents/x.ts', code)).toEqual(['Layer rule: production code may not import tests, bench or scripts.']);
    expect(await layerErrors('lib/documents/x.test.ts', code)).toEqual([]);
  });

  it('passes a downward import', async () => {
    const errors = await layerErrors('lib/server/x.ts', "import { can } from '@/lib/domain/permissions';\nexport const f = can;\n");
    expect(errors).toEqual([]);
  });

  it('runs in npm test before the type check', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.test.indexOf('eslint')).toBe(0);
    expect(scripts.test.indexOf('eslint')).toBeLessThan(scripts.test.indexOf('tsc --noEmit'));
  });
});
