import { describe, expect, it } from 'vitest';
import { stampRequisites } from './requisites';

const req = { date: '2026-09-01', number: '12-од' };

describe('stampRequisites', () => {
  it('gives an order its own date and number, replacing draft blanks', () => {
    expect(stampRequisites('order', { title: 'x', date: null, number: null }, req)).toEqual({ title: 'x', date: '2026-09-01', number: '12-од' });
  });

  it('gives an annex the requisites of the order that approves it, keeping its other fields', () => {
    const annex = { approvedBy: { date: null, number: null, extra: 1 }, sections: [] };
    expect(stampRequisites('annex', annex, req)).toEqual({ approvedBy: { date: '2026-09-01', number: '12-од', extra: 1 }, sections: [] });
  });

  it('dates a form only where it has no date of its own, and never numbers it', () => {
    expect(stampRequisites('form', { date: null }, req)).toEqual({ date: '2026-09-01' });
    expect(stampRequisites('form', { date: '2026-08-30' }, req)).toEqual({ date: '2026-08-30' });
    expect(stampRequisites('form', { other: 1 }, req)).toEqual({ other: 1 });
  });
});
