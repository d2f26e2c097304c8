import type { Migration } from '../migrate';
import { indexSearchSource } from './009-search';

/**
 * Barnets bog (Words and Pictures, issue 22): a short story for the child, page by page, each page one or two
 * sentences and a drawing or a photo of a paper drawing, with numbered versions when the story is updated.
 * Images live inside the encrypted database as BLOBs (never as loose files), checked by their magic bytes on the
 * host; a page points at its image, and a version's frozen copy points at the images it showed, so an image stays
 * while a page or a version still shows it. Everything hangs off the case (ON DELETE CASCADE).
 */
export const m013ChildStory: Migration = {
  version: 13,
  name: 'child-story',
  up(db) {
    db.exec(`
      CREATE TABLE child_stories (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        written_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE child_story_images (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('drawing', 'photo')),
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        byte_size INTEGER NOT NULL CHECK (byte_size BETWEEN 1 AND 10485760),
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX child_story_images_by_case ON child_story_images (case_id);

      CREATE TABLE child_story_pages (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        image_id TEXT REFERENCES child_story_images(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX child_story_pages_by_case ON child_story_pages (case_id, position);
      CREATE INDEX child_story_pages_by_image_id ON child_story_pages (image_id);

      CREATE TABLE child_story_versions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        snapshot TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (case_id, number)
      );
      CREATE INDEX child_story_versions_by_meeting_id ON child_story_versions (meeting_id);
    `);
    indexSearchSource(db, {
      table: 'child_story_pages',
      kind: 'child_story',
      from: 'child_story_pages r',
      columns: `'child_story', r.id, r.case_id, NULL, NULL, NULL, substr(r.created_at, 1, 10), NULL, 0, r.text`,
      watched: ['text'],
    });
  },
};
