import { describe, expect, it } from 'vitest';
import { declinePosition } from './position';
import { positionIn } from './staff';

describe('declinePosition', () => {
  it.each([
    ['заместитель директора по УВР', 'accusative', 'заместителя директора по УВР'],
    ['учитель математики', 'genitive', 'учителя математики'],
    ['учитель математики', 'dative', 'учителю математики'],
    ['учитель математики', 'instrumental', 'учителем математики'],
    ['Директор', 'dative', 'Директору'],
    ['директор', 'genitive', 'директора'],
    ['педагог-психолог', 'genitive', 'педагога-психолога'],
    ['учитель-логопед', 'dative', 'учителю-логопеду'],
    ['социальный педагог', 'genitive', 'социального педагога'],
    ['старший вожатый', 'dative', 'старшему вожатому'],
    ['заведующий библиотекой', 'genitive', 'заведующего библиотекой'],
    ['педагог дополнительного образования', 'accusative', 'педагога дополнительного образования'],
    ['учитель русского языка и литературы', 'dative', 'учителю русского языка и литературы'],
    ['советник директора по воспитанию', 'instrumental', 'советником директора по воспитанию'],
    ['И.о. директора', 'dative', 'И.о. директора'],
  ] as const)('%s (%s) → %s', (position, c, expected) => {
    expect(declinePosition(position, c)).toBe(expected);
  });

  it('leaves the nominative as typed', () => {
    expect(declinePosition('учитель физики', 'nominative')).toBe('учитель физики');
  });
});

describe('positionIn', () => {
  it('prefers the form the curator corrected over the automatic one', () => {
    const member = {
      person: { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' },
      position: 'замдиректора по УВР',
      positionForms: { accusative: 'заместителя директора по УВР' },
    };
    expect(positionIn(member, 'accusative')).toBe('заместителя директора по УВР');
    expect(positionIn(member, 'nominative')).toBe('замдиректора по УВР');
  });
});
