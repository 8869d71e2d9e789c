import { describe, expect, it } from 'vitest';
import { copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('mentor-reward-order', () => {
  it('encourages under ст. 191 after the results order, citing the pay-system clause for a premium', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О поощрении наставников');
      expect(text).toContain('№ 41-лс');
      expect(text).toContain(
        'В соответствии со статьей 191 Трудового кодекса Российской Федерации, пунктом 5.2 Положения об оплате труда работников МБОУ «СОШ № 1», утвержденного приказом от 30.08.2024 № 160-од, по итогам реализации программ наставничества педагогических работников (приказ от 05.06.2026 № 132-од),',
      );
      expect(text).toContain('Выплатить премию Ивановой Марии Петровне, учителю математики, в размере 5000 рублей за высокие результаты наставнической деятельности.');
      expect(text).toContain('Наградить почетной грамотой МБОУ «СОШ № 1» Кузнецова Андрея Николаевича, учителя физики, за подготовку молодого специалиста');
      expect(text).toContain('Объявить благодарность Смирновой Елене Викторовне, учителю начальных классов, за активное участие');
      expect(text).toContain('Бухгалтерии произвести выплату премий');
    }
  });

  it('cites no pay clause without a premium and refuses a premium without one', async () => {
    const input = copy(example);
    input.encouragements.shift();
    input.payBasis = null as never;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).not.toContain('Положения об оплате труда');
    expect(docx).not.toContain('Бухгалтерии');
    expectRussianIssue(schema, { ...copy(example), payBasis: null }, ['payBasis']);
    const noSize = copy(example);
    noSize.encouragements[0]!.size = null as never;
    expectRussianIssue(schema, noSize, ['encouragements', '0', 'size']);
  });
});
