import { z } from 'zod';
import { FAMILY_WORD_KEYS, MAX_FAMILY_WORD_LENGTH, type FamilyWordOverrides } from '../domain/familyWords';
import { HOUSES, type House } from '../domain/houses';
import { MAP_PARTS, MAP_WORDINGS, MAX_LABEL_LENGTH, type MapItem, type MapLabelOverrides, type MapLabels, type MapWording } from '../domain/map';
import { MAX_HINT_LENGTH, WELLBEING_LEVELS, type WellbeingLevel } from '../domain/wellbeing';
import { channel } from './define';
import { drawingSchema, type Drawing } from './phones';
import type { UndoTicket } from './undo';

const id = z.string().uuid();
const itemText = z.string().trim().min(1, 'Skriv noget, før punktet gemmes').max(1000, 'Et punkt må højst være 1000 tegn');
const meetingInput = z.object({ meetingId: id }).strict();

/** Someone in the meeting who can have said an item or give a score. */
export interface MapPerson {
  participantId: string;
  name: string;
  role: string;
  present: boolean;
}

export interface MapView {
  meetingId: string;
  caseId: string;
  meetingStartsAt: string;
  wording: MapWording;
  labels: MapLabels;
  items: MapItem[];
  people: MapPerson[];
  wellbeing: WellbeingLevel | null;
  wellbeingHints: Record<WellbeingLevel, string>;
  /** The meeting this map was carried forward from, if any. */
  previousMeetingId: string | null;
  /** False for a ressourcecentermøde (professionals only): no shared screen is offered for its map. */
  sharedScreen: boolean;
}

export interface HouseItem {
  id: string;
  house: House;
  text: string;
  shown: boolean;
  position: number;
  /** The child's drawing (from a tablet), or null. */
  drawing: Drawing | null;
}

export interface SinceLast {
  previous: { meetingId: string; startsAt: string } | null;
  labels: MapLabels;
  added: MapItem[];
  removed: MapItem[];
  changed: { before: MapItem; after: MapItem; changes: ('text' | 'part' | 'saidBy' | 'confidential')[] }[];
  unchanged: number;
  scores: { question: string; name: string; before: number | null; after: number | null }[];
  people: Record<string, string>;
}

/** What the case page shows: where the newest map is, the wording, and the newest wellbeing level recorded. */
export interface CaseMapSummary {
  latestMeetingId: string | null;
  wording: MapWording;
  /** False while the wording is the case type's default (never chosen for the case). */
  wordingChosen: boolean;
  wellbeing: { level: WellbeingLevel; meetingId: string; startsAt: string } | null;
}

export interface MapSettings {
  labels: MapLabelOverrides;
  wellbeingHints: Partial<Record<WellbeingLevel, string>>;
  /** The family's words per wording (shared/domain/familyWords.ts); anything left out keeps the default. */
  familyWords: FamilyWordOverrides;
}

const labelOverrides = z.partialRecord(z.enum([...MAP_PARTS, 'worries', 'working_well', 'next']), z.string().trim().max(MAX_LABEL_LENGTH));

export const mapContract = {
  'map.get': channel<MapView>()(meetingInput),
  'map.caseSummary': channel<CaseMapSummary>()(z.object({ caseId: id }).strict()),
  'map.addItem': channel<MapItem>()(
    z.object({ meetingId: id, part: z.enum(MAP_PARTS), text: itemText, saidBy: id.nullable(), confidential: z.boolean() }).strict(),
  ),
  'map.updateItem': channel<MapItem>()(
    z.object({ id, text: itemText.optional(), saidBy: id.nullable().optional(), confidential: z.boolean().optional() }).strict(),
  ),
  'map.moveItem': channel<MapItem[]>()(z.object({ id, part: z.enum(MAP_PARTS), index: z.number().int().min(0).max(10_000) }).strict()),
  'map.deleteItem': channel<UndoTicket>()(z.object({ id }).strict()),
  'map.pair': channel<MapItem>()(z.object({ dangerId: id, goalId: id.nullable() }).strict()),
  'map.sinceLast': channel<SinceLast>()(meetingInput),
  'map.setWording': channel<MapWording>()(z.object({ caseId: id, wording: z.enum(MAP_WORDINGS) }).strict()),
  'map.setWellbeing': channel<WellbeingLevel | null>()(z.object({ meetingId: id, level: z.enum(WELLBEING_LEVELS).nullable() }).strict()),
  'map.houses': channel<HouseItem[]>()(z.object({ meetingId: id, sharedOnly: z.boolean().optional() }).strict()),
  'map.addHouseItem': channel<HouseItem>()(z.object({ meetingId: id, house: z.enum(HOUSES), text: itemText, shown: z.boolean(), drawing: drawingSchema.optional() }).strict()),
  'map.updateHouseItem': channel<HouseItem>()(z.object({ id, text: itemText.optional(), shown: z.boolean().optional() }).strict()),
  'map.deleteHouseItem': channel<UndoTicket>()(z.object({ id }).strict()),
  'map.settings': channel<MapSettings>()(z.object({}).strict()),
  'map.saveSettings': channel<MapSettings>()(
    z
      .object({
        labels: z.partialRecord(z.enum(MAP_WORDINGS), labelOverrides),
        wellbeingHints: z.partialRecord(z.enum(WELLBEING_LEVELS), z.string().trim().max(MAX_HINT_LENGTH)),
        familyWords: z.partialRecord(z.enum(MAP_WORDINGS), z.partialRecord(z.enum(FAMILY_WORD_KEYS), z.string().trim().max(MAX_FAMILY_WORD_LENGTH))).optional(),
      })
      .strict(),
  ),
};
