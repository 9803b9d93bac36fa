import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, itemKey, planSections, readySummary, toggle } from './model';

describe('the safety plan', () => {
  it('ticks and unticks items without duplicates', () => {
    let plan = toggle(EMPTY_PLAN, itemKey('money', 'cash'), true);
    plan = toggle(plan, itemKey('money', 'cash'), true);
    expect(plan.done).toEqual(['money/cash']);
    expect(toggle(plan, 'money/cash', false).done).toEqual([]);
  });

  it('summarises what is ready and what is left, by section', () => {
    const total = planSections('en').reduce((sum, section) => sum + section.items.length, 0);
    const plan = toggle(toggle(EMPTY_PLAN, 'money/cash', true), 'money/own-account', true);
    const summary = readySummary(plan, 'en');
    expect(summary).toMatchObject({ done: 2, total });
    expect(summary.remaining.find((section) => section.title === 'Money')?.items).toEqual(['Copies of card and account numbers']);
    const everything = planSections('en').flatMap((section) => section.items.map((item) => item.key));
    expect(readySummary({ done: everything, notes: '' }, 'en')).toEqual({ done: total, total, remaining: [] });
    expect(readySummary(plan, 'es').remaining.find((section) => section.title === 'Dinero')?.items).toEqual(['Copias de los números de tarjetas y cuentas']);
  });

  it('stores the same ids whatever the language (a tick made in one shows in the other)', () => {
    const ids = (lang: 'en' | 'es') => planSections(lang).flatMap((section) => section.items.map((item) => item.key));
    expect(ids('es')).toEqual(ids('en'));
    expect(ids('en')).toContain(itemKey('documents', 'id'));
    expect(new Set(ids('en')).size).toBe(ids('en').length);
  });
});
