/** The safety plan, in the article's "plan safely" spirit: what to prepare, quietly, step by step. */

export interface PlanSection {
  id: string;
  title: string;
  items: { id: string; label: string }[];
}

export const PLAN_SECTIONS: PlanSection[] = [
  { id: 'money', title: 'Money', items: [
    { id: 'own-account', label: 'An account in my name only, at a bank they do not use' },
    { id: 'cash', label: 'Some cash set aside somewhere safe' },
    { id: 'cards', label: 'Copies of card and account numbers' },
  ] },
  { id: 'documents', title: 'Documents', items: [
    { id: 'id', label: 'ID or passport' },
    { id: 'birth', label: 'Birth certificates (mine and my children’s)' },
    { id: 'bank', label: 'Bank and tax papers' },
    { id: 'medical', label: 'Medical records and prescriptions' },
    { id: 'immigration', label: 'Immigration or residence papers' },
  ] },
  { id: 'bag', title: 'A bag ready to go', items: [
    { id: 'clothes', label: 'Clothes for a few days' },
    { id: 'medicine', label: 'Medicines' },
    { id: 'charger', label: 'Phone charger' },
    { id: 'keys', label: 'Spare keys (house, car)' },
  ] },
  { id: 'people', title: 'Safe people', items: [
    { id: 'trusted', label: 'One person who knows and can help' },
    { id: 'code-word', label: 'A code word agreed with them, meaning “I need help now”' },
    { id: 'numbers', label: 'Their numbers written down, not only in my phone' },
  ] },
  { id: 'place', title: 'Where to go', items: [
    { id: 'somewhere', label: 'A place I can go, day or night' },
    { id: 'route', label: 'How I would get there' },
  ] },
  { id: 'family', title: 'Children and pets', items: [
    { id: 'children', label: 'A plan for the children (school, what they need)' },
    { id: 'pets', label: 'Somewhere for the pets to stay' },
  ] },
  { id: 'take', title: 'What to take from home', items: [
    { id: 'valuables', label: 'Things that matter to me (photos, keepsakes)' },
    { id: 'evidence', label: 'Anything that documents what happened' },
  ] },
];

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

export function readySummary(plan: Plan): ReadySummary {
  const done = new Set(plan.done);
  const total = PLAN_SECTIONS.reduce((sum, section) => sum + section.items.length, 0);
  const remaining = PLAN_SECTIONS.map((section) => ({
    title: section.title,
    items: section.items.filter((item) => !done.has(itemKey(section.id, item.id))).map((item) => item.label),
  })).filter((section) => section.items.length > 0);
  return { done: total - remaining.reduce((sum, section) => sum + section.items.length, 0), total, remaining };
}
