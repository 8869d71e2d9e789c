import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/documents/render';
import { getTemplate, type TemplateName } from '@/templates/registry';
import { typesetModel } from './typeset';

/** The raw WordprocessingML of a template's example, built through its definition as the app builds it. */
async function documentXml(name: TemplateName, edit: (data: Record<string, unknown>) => void = () => {}): Promise<string> {
  const template = getTemplate(name);
  const data = structuredClone(template.example) as Record<string, unknown>;
  edit(data);
  const zip = await JSZip.loadAsync(await renderDocx(template.build(template.schema.parse(data))));
  return zip.file('word/document.xml')!.async('string');
}

describe('typography of built documents', () => {
  it('keeps «МБОУ «СОШ № 1»» on one line in the Положение', async () => {
    const xml = await documentXml('school-regulation');
    expect(xml).toContain('МБОУ\u00A0«СОШ\u00A0№\u00A01»');
    expect(xml).not.toContain('МБОУ «СОШ');
    expect(xml).toMatch(/от 29\.12\.2012 №\u00A0273-ФЗ/);
  });

  it('ties surnames to initials in the acknowledgement list and under the signature', async () => {
    const xml = await documentXml('school-intro-order');
    expect(xml).toContain('Петрова\u00A0А.С.');
    expect(xml).toContain('Иванова\u00A0М.П.');
    expect(xml).toMatch(/О\.А\.\u00A0Киреева/);
  });

  it('puts the missing space after «№» in a typed protocol line', async () => {
    const xml = await documentXml('school-intro-order', (data) => {
      data.legalBases = [{ title: 'решением педагогического совета (протокол от 28.08.2025 №1)' }];
    });
    expect(xml).toContain('протокол от 28.08.2025 №\u00A01)');
  });

  it('walks every kind of block', () => {
    const model = typesetModel({
      title: 'т',
      blocks: [
        { kind: 'orgHeader', lines: ['МБОУ «СОШ № 1»'] },
        { kind: 'place', text: 'г. Бийск' },
        { kind: 'numbered', items: [{ text: 'по ст. 351.8', children: [{ text: [{ text: 'В. Токарева', bold: true }] }] }] },
        { kind: 'table', columns: [{ header: '№ п/п', width: 1 }], rows: [{ cells: ['Токарева В.А.'] }, { section: '1 сентября' }], caption: '5 лет' },
        { kind: 'stamps', stamps: [['протокол №1']] },
        { kind: 'annexCaption', lines: ['Приложение № 2'] },
        { kind: 'signature', position: ['Начальник МКУ «Управление образования»'], name: 'И.И. Петров' },
        { kind: 'signLine', left: '10 %', right: 'г. Бийск' },
      ],
    });
    const texts = JSON.stringify(model.blocks);
    for (const s of [
      'МБОУ\u00A0«СОШ\u00A0№\u00A01»',
      'г.\u00A0Бийск',
      'ст.\u00A0351.8',
      'В.\u00A0Токарева',
      '№\u00A0п/п',
      'Токарева\u00A0В.А.',
      '1\u00A0сентября',
      '5\u00A0лет',
      'протокол №\u00A01',
      'Приложение №\u00A02',
      'МКУ\u00A0«Управление',
      'И.И.\u00A0Петров',
      '10\u00A0%',
    ]) {
      expect(texts).toContain(s);
    }
  });
});
