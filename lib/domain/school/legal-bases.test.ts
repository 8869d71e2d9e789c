import { describe, expect, it } from 'vitest';
import { composeActTitle, parseActTitle } from './legal-bases';

const regional = {
  issuer: 'приказом Министерства образования и науки Алтайского края',
  date: '2022-03-24',
  number: '404',
  name: 'Об утверждении положения о системе наставничества педагогических работников',
};

describe('composeActTitle', () => {
  it('words a regional order to follow «В соответствии с»', () => {
    expect(composeActTitle(regional)).toBe(
      'приказом Министерства образования и науки Алтайского края от 24.03.2022 № 404 «Об утверждении положения о системе наставничества педагогических работников»',
    );
  });

  it('keeps quotes of the issuer, turns inner quotes of the title into „лапки“ and drops a typed «№»', () => {
    const title = composeActTitle({
      issuer: 'приказом  МКУ «Управление образования Администрации города Бийска»',
      date: '2022-05-25',
      number: '№ 701',
      name: 'О внедрении модели «Наставничество»',
    });
    expect(title).toBe('приказом МКУ «Управление образования Администрации города Бийска» от 25.05.2022 № 701 «О внедрении модели „Наставничество“»');
  });

  it('does not double quotes typed around the title', () => {
    expect(composeActTitle({ ...regional, name: '«Об утверждении положения»' })).toMatch(/№ 404 «Об утверждении положения»$/);
  });
});

describe('parseActTitle', () => {
  it('reads back what composeActTitle wrote', () => {
    expect(parseActTitle(composeActTitle(regional))).toEqual(regional);
  });

  it('reads the Бийск municipal order with quotes in the issuer', () => {
    const act = parseActTitle('приказом МКУ «Управление образования Администрации города Бийска» от 25.05.2022 № 701 «Об утверждении положения»');
    expect(act).toEqual({ issuer: 'приказом МКУ «Управление образования Администрации города Бийска»', date: '2022-05-25', number: '701', name: 'Об утверждении положения' });
  });

  it('returns null for a citation that is not an act with requisites', () => {
    expect(parseActTitle('статьей 351.8 Трудового кодекса Российской Федерации')).toBeNull();
  });
});
