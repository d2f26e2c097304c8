import type { Migration } from '../migrate';

/**
 * De tre huse from a tablet (issue 21): an item can carry the child's drawing, stored as its strokes (JSON points on a
 * 1000×1000 canvas, validated by the contract), never as an image file. Number 14: 12 and 13 are the safety plan's.
 */
export const m014HouseDrawings: Migration = {
  version: 14,
  name: 'house-drawings',
  up(db) {
    db.exec('ALTER TABLE house_items ADD COLUMN drawing TEXT');
  },
};
