/**
 * The map's lines in the audit trail: its items (a fortroligt one never named), the pairing of danger statements
 * and safety goals, the wording, the wellbeing level, the child's words in the three houses, the municipality's
 * texts and how a meeting's map started. What may be written is audit.ts's rule.
 */
import mapDa from '../i18n/da/map.json';
import { asDate, asLabel, auditSummary, countOf, cutSummary, quote, type CapabilityAudit, type SummaryField } from './audit';
import { HOUSE_LABELS, type House } from './houses';
import { DEFAULT_MAP_LABELS, type MapPart } from './map';
import { WELLBEING_LABELS } from './wellbeing';

export const mapAudit: CapabilityAudit = { capability: 'map', entities: ['map', 'houses', 'map_settings'] };

export interface MapItemAudit {
  part: MapPart;
  text: string;
  saidBy: string | null;
  confidential: boolean;
}
const PART_LABELS: Record<string, string> = DEFAULT_MAP_LABELS.safety;
const MAP_ITEM_FIELDS: SummaryField<MapItemAudit>[] = [
  { key: 'part', label: 'felt', format: asLabel(PART_LABELS) },
  { key: 'text', label: 'tekst', text: true },
  { key: 'saidBy', label: 'sagt af', text: true },
  { key: 'confidential', label: 'fortroligt', format: (v) => (v ? 'ja' : 'nej') },
];
/** A fortroligt item (before or after the change) is never named: its text is what must not travel. */
export function mapItemSummary(before: MapItemAudit | null, after: MapItemAudit | null): string {
  const secret = !!before?.confidential || !!after?.confidential;
  const name = secret ? null : (after ?? before)?.text;
  return auditSummary({ what: secret ? 'Fortroligt punkt på kortet' : 'Punkt på kortet', name, fields: MAP_ITEM_FIELDS, before, after });
}

export interface HouseItemAudit {
  house: House;
  text: string;
  shown: boolean;
}
const HOUSE_FIELDS: SummaryField<HouseItemAudit>[] = [
  { key: 'house', label: 'hus', format: asLabel(HOUSE_LABELS) },
  { key: 'text', label: 'ordlyd', text: true },
  { key: 'shown', label: 'vist på skærmen', format: (v) => (v ? 'ja' : 'nej') },
];
/** The child's own words are never quoted in the log: only which house, and whether they are shown. */
export const houseItemSummary = (before: HouseItemAudit | null, after: HouseItemAudit | null) =>
  auditSummary({ what: `Barnets ord i ${HOUSE_LABELS[(after ?? before)!.house].replace(/^Huset/, 'huset')}`, name: null, fields: HOUSE_FIELDS.slice(1), before, after });

/** A map item as the log may name it: a fortroligt one never by its text. */
export interface NamedItem {
  text: string;
  confidential: boolean;
}
const itemName = (item: NamedItem | null) => (!item ? '–' : item.confidential ? 'fortroligt punkt' : quote(item.text));

/** A danger statement paired with (or released from) a safety goal. */
export function pairingSummary(danger: NamedItem, before: NamedItem | null, after: NamedItem | null): string {
  const what = danger.confidential ? 'Fortroligt punkt på kortet' : `Punkt på kortet ${quote(danger.text)}`;
  return cutSummary(`${what}: parret med ${itemName(before)} → ${itemName(after)}`);
}

export const wordingSummary = (before: string, after: string) =>
  `Kortets ordlyd: ${asLabel(mapDa.wording)(before)} → ${asLabel(mapDa.wording)(after)}`;

export const wellbeingSummary = (before: string | null, after: string | null) =>
  `Trivselsniveau: ${asLabel(WELLBEING_LABELS)(before)} → ${asLabel(WELLBEING_LABELS)(after)}`;

export interface MapSettingsAudit {
  labels: unknown;
  wellbeingHints: unknown;
}
const MAP_SETTINGS_FIELDS: SummaryField<MapSettingsAudit>[] = [
  { key: 'labels', label: 'overskrifter', text: true },
  { key: 'wellbeingHints', label: 'hjælpetekster til trivselsniveauer', text: true },
];
/** The municipality's wording of the map: named as changed (the words are on every map anyway). */
export const mapSettingsSummary = (before: MapSettingsAudit, after: MapSettingsAudit) =>
  auditSummary({ what: 'Kortets tekster', name: null, fields: MAP_SETTINGS_FIELDS, before, after });

/** The first time a meeting's map is opened it starts empty or from the previous meeting's map. */
export function mapStartSummary(from: { startsAt: string; items: number; questions: number } | null): string {
  if (!from) return 'Kortet for mødet startet: tomt, med standardspørgsmålet til skalering';
  return `Kortet for mødet startet fra mødet ${asDate(from.startsAt.slice(0, 10))}: ${countOf(from.items, 'punkt', 'punkter')} og ${countOf(from.questions, 'skaleringsspørgsmål', 'skaleringsspørgsmål')} overført`;
}
