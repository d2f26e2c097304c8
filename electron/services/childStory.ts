import type { ParsedInput } from '../../shared/contract';
import type { StoryDetail, StoryPage, StoryVersion } from '../../shared/contract/childStory';
import type { ScreenPosition } from '../../shared/contract/versions';
import { storyMoveSummary, storyPageSummary, storySummary } from '../../shared/domain/safetyPlanAudit';
import {
  pageTextError,
  pageTextHint,
  reorder,
  STORY_LIMITS,
  storyChangeLine,
  storyChanges,
  storyHasChanges,
  type ImageKind,
  type StorySnapshot,
} from '../../shared/domain/childStory';
import { KredsError } from '../../shared/errors';
import { getCase, touchCase } from './cases';
import { dropUnusedImage, getImage, storeImage } from './childStoryImages';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { caseHeader } from './review';
import { readScreenPage, reviewMeetings, showScreenPage } from './caseScreenPages';
import { saveNextVersion, versionList, versionRows, type VersionRow } from './caseVersions';

/**
 * Barnets bog: the story's pages in the facilitator's order, each with its picture, and the versions the family
 * agreed. Nothing in it is fortroligt: it is written for the child, to be shown and taken home.
 */
interface PageRow {
  id: string;
  case_id: string;
  position: number;
  text: string;
  image_id: string | null;
  image_kind: ImageKind | null;
}

const PAGE_SELECT = `SELECT p.*, i.kind AS image_kind FROM child_story_pages p LEFT JOIN child_story_images i ON i.id = p.image_id`;

function pageRows(ctx: ServiceContext, caseId: string): PageRow[] {
  return ctx.db.prepare(`${PAGE_SELECT} WHERE p.case_id = ? ORDER BY p.position, p.created_at`).all(caseId) as PageRow[];
}

function pageRow(ctx: ServiceContext, id: string): PageRow {
  const row = ctx.db.prepare(`${PAGE_SELECT} WHERE p.id = ?`).get(id) as PageRow | undefined;
  if (!row) throw new KredsError('not_found', 'Siden findes ikke (den kan være slettet)');
  return row;
}

function storyRow(ctx: ServiceContext, caseId: string) {
  return ctx.db.prepare('SELECT title, written_by AS writtenBy FROM child_stories WHERE case_id = ?').get(caseId) as { title: string; writtenBy: string } | undefined;
}

function snapshotOf(ctx: ServiceContext, caseId: string): StorySnapshot {
  const story = storyRow(ctx, caseId);
  return { title: story?.title ?? '', writtenBy: story?.writtenBy ?? '', pages: pageRows(ctx, caseId).map((p) => ({ id: p.id, text: p.text, imageId: p.image_id })) };
}

const parse = (row: VersionRow | undefined) => (row ? (JSON.parse(row.snapshot) as StorySnapshot) : null);

function toPage(row: PageRow, since: StorySnapshot | null): StoryPage {
  const was = since?.pages.find((p) => p.id === row.id);
  return {
    id: row.id,
    position: row.position,
    text: row.text,
    imageId: row.image_id,
    imageKind: row.image_kind,
    hint: pageTextHint(row.text),
    sinceVersion: !since ? null : !was ? 'new' : was.text !== row.text || was.imageId !== row.image_id ? 'changed' : null,
  };
}

export function getStory(ctx: ServiceContext, caseId: string): StoryDetail {
  const header = caseHeader(ctx, caseId);
  const versions = versionRows(ctx, 'child_story_versions', caseId);
  const latest = parse(versions.at(-1));
  const pages = pageRows(ctx, caseId);
  const story = storyRow(ctx, caseId) ?? null;
  const since = latest ? storyChanges(latest, snapshotOf(ctx, caseId)) : null;
  return {
    caseId,
    childName: header.childName,
    municipality: header.municipality,
    story,
    pages: pages.map((p) => toPage(p, latest)),
    versions: versionList<StorySnapshot>(versions, (before, after) => storyChangeLine(storyChanges(before, after))).reverse(),
    sinceVersion: since ? { line: storyChangeLine(since), changed: storyHasChanges(since) } : null,
    meetings: reviewMeetings(ctx, caseId),
    shownPage: Math.min(readScreenPage(ctx, caseId, 'child_story'), pages.length),
  };
}

function changed(ctx: ServiceContext, caseId: string): void {
  touchCase(ctx, caseId);
  ctx.emit({ type: 'childStory.changed', id: caseId, origin: ctx.origin });
}

export function saveStory(ctx: ServiceContext, input: ParsedInput<'childStory.save'>): StoryDetail {
  getCase(ctx, input.caseId);
  const before = storyRow(ctx, input.caseId) ?? null;
  const after = { title: input.title.trim(), writtenBy: (input.writtenBy ?? '').trim() };
  if (before && before.title === after.title && before.writtenBy === after.writtenBy) return getStory(ctx, input.caseId);
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO child_stories (case_id, title, written_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (case_id) DO UPDATE SET title = excluded.title, written_by = excluded.written_by, updated_at = excluded.updated_at`,
    )
    .run(input.caseId, after.title, after.writtenBy, now, now);
  ctx.audit?.({ action: before ? 'update' : 'create', entity: 'child_story', entityId: input.caseId, caseId: input.caseId, before, after, summary: storySummary(before, after) });
  changed(ctx, input.caseId);
  return getStory(ctx, input.caseId);
}

function requireText(text: string): string {
  const problem = pageTextError(text);
  if (problem) throw new KredsError('invalid_input', problem, { text: problem });
  return text.trim();
}

export function addPage(ctx: ServiceContext, input: ParsedInput<'childStory.addPage'>): StoryPage {
  getCase(ctx, input.caseId);
  // Checked before anything is written: a page without text or a bad image leaves no trace.
  const text = requireText(input.text);
  if (!storyRow(ctx, input.caseId)) throw new KredsError('conflict', 'Giv bogen en titel først.');
  const { n, next } = ctx.db.prepare('SELECT COUNT(*) AS n, COALESCE(MAX(position) + 1, 0) AS next FROM child_story_pages WHERE case_id = ?').get(input.caseId) as {
    n: number;
    next: number;
  };
  if (n >= STORY_LIMITS.pages) throw new KredsError('conflict', `Bogen har ${STORY_LIMITS.pages} sider. Kortere er bedre for et barn: saml eller fjern en side.`);
  const image = input.image ? storeImage(ctx, input.caseId, input.image) : null;
  const id = newId();
  const now = ctx.now().toISOString();
  ctx.db
    .prepare('INSERT INTO child_story_pages (id, case_id, position, text, image_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, input.caseId, next, text, image?.id ?? null, now, now);
  const summary = storyPageSummary('create', { number: n + 1, textChanged: true, pictureBefore: null, pictureAfter: image?.kind ?? null, pictureChanged: !!image });
  ctx.audit?.({ action: 'create', entity: 'child_story_page', entityId: id, caseId: input.caseId, fields: ['text', ...(image ? ['image'] : [])], summary });
  changed(ctx, input.caseId);
  return toPage(pageRow(ctx, id), null);
}

function pageNumber(ctx: ServiceContext, row: PageRow): number {
  return pageRows(ctx, row.case_id).findIndex((p) => p.id === row.id) + 1;
}

function updatePage(ctx: ServiceContext, input: ParsedInput<'childStory.updatePage'>): StoryPage {
  const before = pageRow(ctx, input.id);
  const text = requireText(input.text);
  const keepImage = input.image === undefined;
  if (keepImage && text === before.text) return toPage(before, null);
  const image = input.image ? storeImage(ctx, before.case_id, input.image) : null;
  const imageId = keepImage ? before.image_id : (image?.id ?? null);
  ctx.db.prepare('UPDATE child_story_pages SET text = ?, image_id = ?, updated_at = ? WHERE id = ?').run(text, imageId, ctx.now().toISOString(), input.id);
  if (imageId !== before.image_id) dropUnusedImage(ctx, before.case_id, before.image_id);
  const after = pageRow(ctx, input.id);
  const summary = storyPageSummary('update', {
    number: pageNumber(ctx, after),
    textChanged: text !== before.text,
    pictureBefore: before.image_kind,
    pictureAfter: after.image_kind,
    pictureChanged: imageId !== before.image_id,
  });
  ctx.audit?.({ action: 'update', entity: 'child_story_page', entityId: input.id, caseId: before.case_id, fields: ['text', 'image'], summary });
  changed(ctx, before.case_id);
  return toPage(after, null);
}

function movePage(ctx: ServiceContext, id: string, toIndex: number): null {
  const moving = pageRow(ctx, id);
  const pages = pageRows(ctx, moving.case_id);
  const from = pages.findIndex((p) => p.id === id);
  const order = reorder(pages, id, toIndex);
  const to = order.findIndex((p) => p.id === id);
  if (from === to) return null;
  const update = ctx.db.prepare('UPDATE child_story_pages SET position = ? WHERE id = ?');
  order.forEach((page, position) => update.run(position, page.id));
  ctx.audit?.({ action: 'move', entity: 'child_story_page', entityId: id, caseId: moving.case_id, fields: ['position'], summary: storyMoveSummary(from + 1, to + 1) });
  changed(ctx, moving.case_id);
  return null;
}

function deletePage(ctx: ServiceContext, id: string): null {
  const row = pageRow(ctx, id);
  const number = pageNumber(ctx, row);
  ctx.db.prepare('DELETE FROM child_story_pages WHERE id = ?').run(id);
  dropUnusedImage(ctx, row.case_id, row.image_id);
  const summary = storyPageSummary('delete', { number, textChanged: false, pictureBefore: row.image_kind, pictureAfter: null, pictureChanged: false });
  ctx.audit?.({ action: 'delete', entity: 'child_story_page', entityId: id, caseId: row.case_id, fields: [], summary });
  changed(ctx, row.case_id);
  return null;
}

export function saveStoryVersion(ctx: ServiceContext, input: { caseId: string; meetingId: string | null }): StoryVersion {
  getCase(ctx, input.caseId);
  const now = snapshotOf(ctx, input.caseId);
  if (!now.pages.length) throw new KredsError('conflict', 'Bogen har ingen sider endnu.');
  const version = saveNextVersion<StorySnapshot>(ctx, {
    table: 'child_story_versions',
    what: 'Barnets bog',
    caseId: input.caseId,
    meetingId: input.meetingId,
    snapshot: now,
    changes(previous) {
      const changes = storyChanges(previous, now);
      return { changed: storyHasChanges(changes), line: storyChangeLine(changes) };
    },
    unchanged: (n) => `Bogen er ikke ændret siden version ${n}.`,
  });
  changed(ctx, input.caseId);
  return version;
}

function showPage(ctx: ServiceContext, input: { caseId: string; page: number }): ScreenPosition {
  return showScreenPage(ctx, input.caseId, 'child_story', input.page, pageRows(ctx, input.caseId).length + 1);
}

export const childStoryHandlers: HandlerMap<
  | 'childStory.get' | 'childStory.save' | 'childStory.addPage' | 'childStory.updatePage' | 'childStory.movePage' | 'childStory.deletePage'
  | 'childStory.image' | 'childStory.saveVersion' | 'childStory.showPage'
> = {
  'childStory.get': (ctx, input) => getStory(ctx, input.caseId),
  'childStory.save': saveStory,
  'childStory.addPage': addPage,
  'childStory.updatePage': updatePage,
  'childStory.movePage': (ctx, input) => movePage(ctx, input.id, input.toIndex),
  'childStory.deletePage': (ctx, input) => deletePage(ctx, input.id),
  'childStory.image': (ctx, input) => getImage(ctx, input.id),
  'childStory.saveVersion': saveStoryVersion,
  'childStory.showPage': showPage,
};
