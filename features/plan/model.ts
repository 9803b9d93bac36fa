import type { Lang } from '@/core/i18n/translate';
import { CHECKLIST, type ItemKey, type SectionId } from './checklist';
import { STRINGS } from './strings';

/** The safety plan in a language, and what a tick changes (the checklist itself: checklist.ts). */
export const itemKey = <S extends SectionId>(section: S, item: (typeof CHECKLIST)[S][number]) => `${section}/${item}` as ItemKey;

export interface PlanSection {
  id: SectionId;
  title: string;
  items: { key: ItemKey; label: string }[];
}

/** The checklist in a language: the same ids, their words looked up. */
export function planSections(lang: Lang): PlanSection[] {
  const words = STRINGS[lang];
  return (Object.keys(CHECKLIST) as SectionId[]).map((id) => ({
    id,
    title: words.sectionTitles[id],
    items: CHECKLIST[id].map((item) => {
      const key = `${id}/${item}` as ItemKey;
      return { key, label: words.items[key] };
    }),
  }));
}

export interface Plan {
  done: string[];
  notes: string;
}

export const EMPTY_PLAN: Plan = { done: [], notes: '' };

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
  const remaining = sections
    .map((section) => ({ title: section.title, items: section.items.filter((item) => !done.has(item.key)).map((item) => item.label) }))
    .filter((section) => section.items.length > 0);
  return { done: total - remaining.reduce((sum, section) => sum + section.items.length, 0), total, remaining };
}
