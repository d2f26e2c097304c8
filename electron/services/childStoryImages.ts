import type { ImageInput, StoryImage } from '../../shared/contract/childStory';
import type { ImageKind } from '../../shared/domain/childStory';
import { readImage, type ImageMime } from '../../shared/domain/images';
import { KredsError } from '../../shared/errors';
import { newId, type ServiceContext } from './context';

/**
 * Barnets bog's pictures, stored as BLOBs inside the encrypted database (never as files beside it). The bytes are
 * checked here, on the host, by their magic bytes and header, whatever the window that sent them claims.
 */
export function storeImage(ctx: ServiceContext, caseId: string, image: ImageInput): { id: string; kind: ImageKind } {
  const bytes = Buffer.from(image.data, 'base64');
  const facts = readImage(bytes);
  if ('error' in facts) throw new KredsError('invalid_input', facts.error, { image: facts.error });
  const id = newId();
  ctx.db
    .prepare(
      `INSERT INTO child_story_images (id, case_id, kind, mime, width, height, byte_size, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, caseId, image.kind, facts.mime, facts.width, facts.height, bytes.length, bytes, ctx.now().toISOString());
  return { id, kind: image.kind };
}

export function getImage(ctx: ServiceContext, id: string): StoryImage {
  const row = ctx.db.prepare('SELECT id, mime, width, height, bytes FROM child_story_images WHERE id = ?').get(id) as
    | { id: string; mime: ImageMime; width: number; height: number; bytes: Buffer }
    | undefined;
  if (!row) throw new KredsError('not_found', 'Billedet findes ikke (det kan være slettet)');
  return { id: row.id, mime: row.mime, width: row.width, height: row.height, data: row.bytes.toString('base64') };
}

/** An image no page shows and no version remembers is deleted with the change that let go of it. */
export function dropUnusedImage(ctx: ServiceContext, caseId: string, imageId: string | null): void {
  if (!imageId) return;
  const onPage = ctx.db.prepare('SELECT 1 FROM child_story_pages WHERE image_id = ? LIMIT 1').get(imageId);
  const inVersion = ctx.db
    .prepare(`SELECT 1 FROM child_story_versions v, json_each(v.snapshot, '$.pages') p WHERE v.case_id = ? AND json_extract(p.value, '$.imageId') = ? LIMIT 1`)
    .get(caseId, imageId);
  if (!onPage && !inVersion) ctx.db.prepare('DELETE FROM child_story_images WHERE id = ?').run(imageId);
}
