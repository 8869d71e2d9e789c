// The interface speaks plain Russian: no «JSON», «SHA-256», «Email» and no unexplained
// ЦНППМ / ОМСУ in what a page or a form message shows. Walks every string literal, template
// and JSX text of app/, components/ and the form schemas with the TypeScript parser; code
// identifiers ('email' as a field name, JSON.parse) are not text and are not looked at.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const DIRS = ['app', 'components', 'lib/domain/validations', 'lib/domain/import/columns.ts', 'lib/domain/mentoring/vocabulary.ts'];

function files(p: string): string[] {
  const full = path.join(ROOT, p);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => {
    const rel = path.join(p, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path.join(ROOT, rel)] : [];
  });
}

const CYRILLIC = /[а-яё]/i;
/** What a text may not say, and whether it applies to a Latin-only string too (a label such as 'Email'). */
const FORBIDDEN: { word: RegExp; why: string }[] = [
  { word: /\bJSON\b/, why: 'say what the file holds («одним файлом»)' },
  { word: /SHA-?256/i, why: 'say what the checksum is for' },
  { word: /\bE-?mail\b/i, why: '«Эл. почта» or «адрес электронной почты»' },
  { word: /ЦНППМ|ОМСУ/, why: 'spell it out or wrap it in <abbr title>' },
];

/** Every user-facing text of a file with its line: Russian strings, capitalised Latin labels, JSX text outside <abbr>. */
export function textsOf(file: string, source = readFileSync(file, 'utf8')): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { line: number; text: string }[] = [];
  const inAbbr = (node: ts.Node) => {
    for (let p = node.parent; p; p = p.parent) {
      if (ts.isJsxElement(p) && p.openingElement.tagName.getText(sf) === 'abbr') return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (ts.isJsxText(node)) text = inAbbr(node) ? null : node.text;
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      const isImport = ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent);
      const label = /^[A-Z]/.test(node.text) && /\s|^E-?mail$|^JSON$/.test(node.text);
      text = !isImport && (CYRILLIC.test(node.text) || label) ? node.text : null;
    }
    if (text?.trim()) out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('interface wording', () => {
  it('finds the forbidden words where they were (the scan itself can fail)', () => {
    const found = textsOf('x.tsx', `const a = <p>Выгрузить (JSON), сумма SHA-256</p>; const b = <Field label="Email" />; const c = 'ОМСУ — координатор';
      const d = <abbr title="орган местного самоуправления">ОМСУ</abbr>; register('email'); JSON.stringify(x);`);
    const hits = found.filter((t) => FORBIDDEN.some((f) => f.word.test(t.text))).map((t) => t.text);
    expect(hits).toEqual(['Выгрузить (JSON), сумма SHA-256', 'Email', 'ОМСУ — координатор']);
  });

  it('no page, component or form message says JSON, SHA-256, Email or an unexplained ЦНППМ/ОМСУ', () => {
    const problems = DIRS.flatMap(files).flatMap((file) =>
      textsOf(file).flatMap(({ line, text }) =>
        FORBIDDEN.filter((f) => f.word.test(text)).map((f) => `${path.relative(ROOT, file)}:${line}: «${text.trim().slice(0, 80)}» — ${f.why}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});
