import type { Lang } from '@/core/i18n/translate';
import { STRINGS } from './strings';

/** The safety plan, in the article's "plan safely" spirit: what to prepare, quietly, step by step. */

export interface PlanSection {
  id: string;
  title: string;
  items: { id: string; label: string }[];
}

/** The checklist in a language (its ids are the same in every language). */
export function planSections(lang: Lang): PlanSection[] {
  return STRINGS[lang].sections;
}

export interface Plan {
  done: string[];
  notes: string;
}

export const EMPTY_PLAN: Plan = { done: [], notes: '' };

export const itemKey = (section: string, item: string) => `${section}/${item}`;

export function toggle(plan: Plan, key: string, on: boolean): Plan {
  const done = new Set(plan.done);
  if (on) done.add(key);
  else done.delete(key);
  return { ...plan, done: [...done].sort() };
}

export interface ReadySummary {
  done: number;
  total: number;
  /** Per section, what is still to do. */
  remaining: { title: string; items: string[] }[];
}

export function readySummary(plan: Plan, lang: Lang): ReadySummary {
  const done = new Set(plan.done);
  const sections = planSections(lang);
  const total = sections.reduce((sum, section) => sum + section.items.length, 0);
  const remaining = sections.map((section) => ({
    title: section.title,
    items: section.items.filter((item) => !done.has(itemKey(section.id, item.id))).map((item) => item.label),
  })).filter((section) => section.items.length > 0);
  return { done: total - remaining.reduce((sum, section) => sum + section.items.length, 0), total, remaining };
}
