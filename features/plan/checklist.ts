/**
 * The safety plan, in the article's "plan safely" spirit: what to prepare, quietly, step by
 * step. The checklist is defined here, once: its ids (`section/item`) are what is stored
 * (encrypted) as ticked, whatever the language; strings.ts only gives each id its words, and
 * model.ts puts the two together.
 */
export const CHECKLIST = {
  money: ['own-account', 'cash', 'cards'],
  documents: ['id', 'birth', 'bank', 'medical', 'immigration'],
  bag: ['clothes', 'medicine', 'charger', 'keys'],
  people: ['trusted', 'code-word', 'numbers'],
  place: ['somewhere', 'route'],
  family: ['children', 'pets'],
  take: ['valuables', 'evidence'],
} as const;

export type SectionId = keyof typeof CHECKLIST;
export type ItemKey = { [S in SectionId]: `${S}/${(typeof CHECKLIST)[S][number]}` }[SectionId];
