import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/documents/render';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('pair-order', () => {
  it('assigns mentees in the accusative to mentors in the instrumental and leaves the payment to the personnel order', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О закреплении наставнических пар (групп) на 2025/2026 учебный год');
      expect(text).toContain('30.09.2025');
      expect(text).toContain('№ 205-од');
      expect(text).toContain('Положением о системе наставничества педагогических работников в МБОУ «СОШ № 1», утвержденным приказом от 01.09.2025 № 181-од');
      expect(text).toContain('на основании письменного согласия наставников и наставляемых');
      expect(text).toContain('Закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной на период с 01.10.2025 по 31.05.2026');
      expect(text).toContain('Закрепить Лебедева Никиту Олеговича и Соколову Дарью Игоревну за Кузнецовым Андреем Николаевичем (наставническая группа)');
      expect(text).toContain('Закрепить Смирнову Елену Викторовну за Киреевой Ольгой Алексеевной');
      expect(text).toContain(
        'Поручение работы по наставничеству и установление выплаты за наставничество наставникам, заключившим дополнительные соглашения к трудовым договорам, оформить приказом по личному составу (приказ от 01.10.2025 № 87-лс).',
      );
      expect(text).not.toMatch(/доплат|в размере/);
      expect(text).toContain('Куратору реализации программ наставничества А.С. Петровой');
      expect(text).toContain('Контроль за исполнением приказа оставляю за собой.');
      expect(text).toContain('О.А. Киреева');
      expect(text).toContain('Список наставнических пар (групп) на 2025/2026 учебный год');
    }
    expect(docx).toContain('на период с 01.10.2025 по 31.05.2026, форма наставничества «педагог – педагог» (дополнительное соглашение к трудовому договору от 25.09.2025 № 12).');
    // The head mentors within her job function: no agreement, and the preamble names only those who signed one.
    expect(docx).toContain('форма наставничества «руководитель образовательной организации – педагог» в рамках трудовой функции по занимаемой должности.');
    expect(docx).toContain('и дополнительных соглашений к трудовым договорам, заключенных с наставниками (Ивановой М.П. и Кузнецовым А.Н.),');
    expect(docx).toContain('Наставникам совместно с наставляемыми разработать персонализированные программы наставничества в срок до 15.10.2025.');
    expect(docx).toContain('к приказу от 30.09.2025 № 205-од');
    expect(docx).toContain('№ п/п | Ф.И.О. наставника | Должность | Ф.И.О. наставляемого | Должность | Форма наставничества | Срок реализации ППН');
    expect(docx).toContain('1. | Иванова Мария Петровна | учитель математики | Петров Иван Сергеевич | учитель математики | педагог – педагог | 01.10.2025 – 31.05.2026');
    expect(docx).toContain('2. | Кузнецов Андрей Николаевич | учитель физики | Лебедев Никита Олегович | учитель физики | педагог – педагог | 01.10.2025 – 31.08.2026');
    expect(docx).toContain(' | Кузнецов Андрей Николаевич | учитель физики | Соколова Дарья Игоревна | учитель химии | педагог – педагог | 01.10.2025 – 31.08.2026');
    expect(docx).toContain('2. | Иванова М.П. | учитель математики | 01.10.2025 | ');
    expect(docx).toContain('7. | Смирнова Е.В. | учитель начальных классов');
  });

  it('lists every pair and group in the annex, paid or not', async () => {
    const { docx } = await renderTexts(build(data));
    const annex = docx.slice(docx.indexOf('Список наставнических пар (групп) на 2025/2026 учебный год'));
    const rows = annex.split('\n').filter((line) => / \| .* \| /.test(line) && !line.startsWith('№ п/п'));
    expect(rows.map((r) => r.split(' | ').slice(0, 4).join(' | '))).toEqual([
      '1. | Иванова Мария Петровна | учитель математики | Петров Иван Сергеевич',
      '2. | Кузнецов Андрей Николаевич | учитель физики | Лебедев Никита Олегович',
      ' | Кузнецов Андрей Николаевич | учитель физики | Соколова Дарья Игоревна',
      // The head mentoring without payment: no payment point, still a row of the list.
      '3. | Киреева Ольга Алексеевна | директор | Смирнова Елена Викторовна',
    ]);
  });

  it('sets the seven-column annex on landscape pages in 12 pt without cutting a word', async () => {
    const model = build(data);
    const { pdf } = await renderTexts(model);
    for (const word of ['наставляемого', 'наставничества', 'реализации', 'математики', 'образовательной']) expect(pdf).toContain(word);
    const xml = await (await JSZip.loadAsync(await renderDocx(model))).file('word/document.xml')!.async('string');
    // On a portrait page its words would need 11 pt (and hyphens); turned, the annex keeps the table size.
    expect(xml).toContain('<w:pStyle w:val="TableText12"/>');
    expect(xml).not.toContain('<w:pStyle w:val="TableText11"/>');
    expect(xml).toContain('w:orient="landscape"');
  });

  it('requires exactly one mentee in a pair and two or more in a group', () => {
    const group = copy(example);
    group.pairs[1].mentees.pop();
    expect(issuesOf(group)).toContainEqual({ path: 'pairs.1.mentees', message: 'в наставнической группе не меньше двух наставляемых' });
    const pair = copy(example);
    pair.pairs[0].mentees.push(pair.pairs[1].mentees[0]);
    expect(issuesOf(pair)).toContainEqual({ path: 'pairs.0.mentees', message: 'в наставнической паре ровно один наставляемый' });
  });

  it('keeps the term of a program between 3 and 12 months', () => {
    const at = (start: string, end: string) => {
      const input = copy(example);
      Object.assign(input.pairs[0], { start, end });
      return issuesOf(input).filter((i) => i.path === 'pairs.0.end').map((i) => i.message);
    };
    expect(at('2025-10-01', '2025-12-31')).toEqual([]);
    expect(at('2025-09-01', '2026-08-31')).toEqual([]);
    expect(at('2025-10-01', '2025-12-30')).toEqual(['срок реализации ППН — от 3 месяцев до 1 года']);
    expect(at('2025-09-01', '2026-09-01')).toEqual(['срок реализации ППН — от 3 месяцев до 1 года']);
    expect(at('2025-10-01', '2025-09-01')).toEqual(['дата окончания раньше даты начала']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.pairs[0].form = `педагог ${HOSTILE} педагог`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`| педагог ${HOSTILE} педагог |`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.pairs[1].mentees[1].person.firstName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['pairs', '1', 'mentees', '1', 'person', 'firstName']);
  });

  it('says agreements of all mentors when all signed one, and none when none did', async () => {
    const all = copy(example);
    all.pairs.pop();
    const { docx } = await renderTexts(build(schema.parse(all)));
    expect(docx).toContain('и дополнительных соглашений к трудовым договорам, заключенных с наставниками,');
    const none = copy(example);
    none.pairs = [none.pairs[2]!];
    const { docx: alone } = await renderTexts(build(schema.parse(none)));
    expect(alone).not.toContain('дополнительных соглашений');
    expect(alone).not.toContain('приказом по личному составу');
    const cited = copy(example);
    cited.pairs[2]!.agreement = { date: '2025-09-25', number: '14' };
    expect(issuesOf(cited)).toContainEqual({ path: 'pairs.2.agreement', message: 'в рамках трудовой функции дополнительное соглашение не заключается' });
  });

  it('rejects an order without pairs', () => {
    expectRussianIssue(schema, { ...copy(example), pairs: [] }, ['pairs']);
  });
});
