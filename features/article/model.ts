import type { MdDocument, MdHeading, MdNode } from '@/scripts/vite-markdown';
import type { Strings } from './strings';

export type Place = 'journal' | 'plan' | 'resources' | 'reminders';
type ActionLabel = Extract<keyof Strings, `action${string}`>;

/**
 * From words to action: the steps of "The First Steps Toward Freedom" (by their heading ids,
 * the same in every language) and where Haven can help with each.
 */
export const ACTIONS: Record<string, { place: Place; label: ActionLabel }> = {
  'start-documenting': { place: 'journal', label: 'actionJournal' },
  'rebuild-support': { place: 'resources', label: 'actionSupport' },
  'learn-about-abuse': { place: 'resources', label: 'actionLearn' },
  'plan-safely': { place: 'plan', label: 'actionPlan' },
  'believe-yourself': { place: 'reminders', label: 'actionBelieve' },
};

/** Haven's "next steps" follow the article's section with this id. */
export const NEXT_STEPS_AFTER = 'healing';

/** Text size: four steps from 100 % to 200 %. */
export const TEXT_STEPS = [1, 1.25, 1.5, 2] as const;

export interface ComposedArticle {
  /** Anything above the title (the Spanish file's note that it is a translation). */
  before: MdNode[];
  title: MdHeading | null;
  body: MdNode[];
  contents: MdHeading[];
}

export function isHeading(node: MdNode): node is MdHeading {
  return typeof node !== 'string' && (node.t === 'h1' || node.t === 'h2' || node.t === 'h3');
}

/** The article with Haven's next steps placed after its healing section, split for the reader. */
export function composeArticle(article: MdDocument, nextSteps: MdDocument): ComposedArticle {
  const titleAt = article.findIndex((node) => isHeading(node) && node.t === 'h1');
  const title = titleAt >= 0 ? (article[titleAt] as MdHeading) : null;
  const before = titleAt >= 0 ? article.slice(0, titleAt) : [];
  const rest = titleAt >= 0 ? article.slice(titleAt + 1) : article;

  const healingAt = rest.findIndex((node) => isHeading(node) && node.id === NEXT_STEPS_AFTER);
  const nextSectionAt = healingAt < 0 ? -1 : rest.findIndex((node, index) => index > healingAt && isHeading(node) && node.t !== 'h3');
  const insertAt = healingAt < 0 || nextSectionAt < 0 ? rest.length : nextSectionAt;
  const body = [...rest.slice(0, insertAt), ...nextSteps, ...rest.slice(insertAt)];

  return { before, title, body, contents: body.filter((node): node is MdHeading => isHeading(node) && node.t === 'h2') };
}

export function headingIds(document: MdDocument): string[] {
  return document.filter(isHeading).map((heading) => heading.id);
}

export function clampStep(step: unknown): number {
  return typeof step === 'number' && Number.isInteger(step) ? Math.min(Math.max(step, 0), TEXT_STEPS.length - 1) : 0;
}
