// Command line: render a template to DOCX or PDF from a JSON file or the template's example.
//   npm run doc -- --list
//   npm run doc -- pair-order --example --format pdf --out приказ.pdf
//   npm run doc -- pair-order --data pairs.json --format docx --out приказ.docx
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { describeIssues } from '@/templates/_parts';
import { findTemplate, getTemplate, templateNames } from '@/templates/registry';

const USAGE = `Использование:
  npm run doc -- --list
  npm run doc -- <шаблон> (--data файл.json | --example) [--format docx|pdf] [--out путь]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    fail(`Не удалось прочитать файл «${file}»`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`Файл «${file}» не является корректным JSON: ${(error as Error).message}`);
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      list: { type: 'boolean' },
      example: { type: 'boolean' },
      data: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });

  if (values.list) {
    for (const name of templateNames()) {
      const template = getTemplate(name);
      const parsed = template.schema.safeParse(template.example);
      const title = parsed.success ? template.build(parsed.data).title : '(пример не проходит проверку)';
      console.log(`${name.padEnd(24)} ${title.length > 90 ? `${title.slice(0, 89)}…` : title}`);
    }
    return;
  }

  const [name] = positionals;
  if (!name) fail(USAGE);
  const template = findTemplate(name) ?? fail(`Нет шаблона «${name}». Список шаблонов: npm run doc -- --list`);
  if (Boolean(values.data) === Boolean(values.example)) fail(`Укажите ровно одно из --data или --example.\n${USAGE}`);

  const format = values.format ?? (values.out ? path.extname(values.out).slice(1).toLowerCase() : 'pdf');
  if (format !== 'docx' && format !== 'pdf') fail(`Формат «${format}» не поддерживается: docx или pdf`);
  const out = values.out ?? `${name}.${format}`;

  const input = values.example ? template.example : await readJson(values.data!);
  const parsed = template.schema.safeParse(input);
  if (!parsed.success) fail(describeIssues(parsed.error).join('\n'));

  const model = template.build(parsed.data);
  await writeFile(out, format === 'docx' ? await renderDocx(model) : await renderPdf(model));
  console.log(`Готово: ${out}`);
}

main().catch((error) => fail(`Ошибка: ${(error as Error).stack ?? error}`));
