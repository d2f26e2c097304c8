/**
 * Barnets bog (Words and Pictures, DOMAIN.md "Signs of Safety"): a short story for the child of why the adults are
 * worried, what has been decided and what will happen, written with the parents in the child's language. Each page
 * is one or two sentences and a picture; the facilitator sets the order; versions when the story is updated.
 */
import { countOf } from './audit';

export const STORY_LIMITS = { title: 80, writtenBy: 200, pageText: 200, pages: 30 } as const;
export const IMAGE_KINDS = ['drawing', 'photo'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

export function pageTextError(text: string): string | null {
  if (!text.trim()) return 'Skriv en eller to korte sætninger på siden. En side uden tekst kan ikke gemmes.';
  return null;
}

/** Sentences as a reader hears them: ended by . ! or ? (a date like 12.03.2027 is not three sentences). */
export function sentenceCount(text: string): number {
  return text.split(/[.!?]+(?=\s|$)/).filter((part) => part.trim()).length;
}

/** A nudge, not a rule: a page a child can take in is one or two short sentences. */
export function pageTextHint(text: string): string | null {
  const n = sentenceCount(text);
  return n > 2 ? `Siden har ${n} sætninger. Et barn kan bedst rumme en eller to pr. side – del den i flere sider.` : null;
}

/** The order after moving `id` to `toIndex`. */
export function reorder<T extends { id: string }>(items: T[], id: string, toIndex: number): T[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) return items;
  const rest = items.filter((item) => item.id !== id);
  rest.splice(Math.max(0, Math.min(toIndex, rest.length)), 0, moving);
  return rest;
}

export interface StoryPageSnapshot {
  id: string;
  text: string;
  imageId: string | null;
}

export interface StorySnapshot {
  title: string;
  writtenBy: string;
  pages: StoryPageSnapshot[];
}

export interface StoryChanges {
  added: number;
  removed: number;
  textChanged: number;
  pictureChanged: number;
  reordered: boolean;
  titleChanged: boolean;
}

export function storyChanges(before: StorySnapshot | null, after: StorySnapshot): StoryChanges {
  const old = new Map((before?.pages ?? []).map((p) => [p.id, p]));
  const kept = after.pages.filter((p) => old.has(p.id));
  const oldOrder = (before?.pages ?? []).filter((p) => after.pages.some((a) => a.id === p.id)).map((p) => p.id);
  return {
    added: after.pages.length - kept.length,
    removed: (before?.pages.length ?? 0) - kept.length,
    textChanged: kept.filter((p) => old.get(p.id)!.text !== p.text).length,
    pictureChanged: kept.filter((p) => old.get(p.id)!.imageId !== p.imageId).length,
    reordered: kept.map((p) => p.id).join() !== oldOrder.join(),
    titleChanged: !!before && (before.title !== after.title || before.writtenBy !== after.writtenBy),
  };
}

export function storyHasChanges(c: StoryChanges): boolean {
  return c.added + c.removed + c.textChanged + c.pictureChanged > 0 || c.reordered || c.titleChanged;
}

/** "1 ny side, 2 sider med ny tekst, ny rækkefølge". */
export function storyChangeLine(c: StoryChanges): string {
  const parts = [
    c.added ? countOf(c.added, 'ny side', 'nye sider') : '',
    c.removed ? countOf(c.removed, 'side fjernet', 'sider fjernet') : '',
    c.textChanged ? countOf(c.textChanged, 'side med ny tekst', 'sider med ny tekst') : '',
    c.pictureChanged ? countOf(c.pictureChanged, 'side med nyt billede', 'sider med nyt billede') : '',
    c.reordered ? 'ny rækkefølge' : '',
    c.titleChanged ? 'forsiden ændret' : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'ingen ændringer';
}
