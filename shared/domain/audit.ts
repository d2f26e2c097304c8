/**
 * The audit trail's short before/after summary, e.g.
 * `Aftale "Ringe til skolen": status åben → udført; frist 12.05.2026 → 19.05.2026`.
 *
 * What is safe to write (docs/decisions/audit.md, "Audit summaries"): values of structured fields (status, dates, times,
 * type, map part, who is responsible) and a short quoted name of a shared item. Free text that can hold anything
 * (notes, map item texts after the first 40 characters, reasons) is reported only as "<felt> ændret", and a
 * fortroligt item is never named: its summary says "fortroligt punkt" and nothing of its text.
 */
import { formatDate, formatDateTime } from './dates';

export interface SummaryField<T> {
  key: keyof T & string;
  label: string;
  /** Turns a value into short Danish; the default prints strings and numbers as they are. */
  format?: (value: unknown) => string;
  /** Free text: a change is named ("tekst ændret"), its values never written. */
  text?: boolean;
}

export interface SummaryInput<T> {
  /** The kind of thing, capitalised: "Aftale", "Møde", "Punkt på kortet". */
  what: string;
  /** Its short name, quoted in the summary; null when it has none or it must not be named (fortroligt). */
  name?: string | null;
  fields: SummaryField<T>[];
  before: T | null;
  after: T | null;
}

export const MAX_NAME_LENGTH = 40;
export const MAX_SUMMARY_LENGTH = 300;
const EMPTY = '–';

/** One line, at most `max` characters, cut with an ellipsis. */
export function shorten(text: string, max = MAX_NAME_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  // By code points, so an emoji is never cut in half.
  const points = Array.from(line);
  return points.length > max ? `${points.slice(0, max - 1).join('').trimEnd()}…` : line;
}

export const asDate = (value: unknown): string => (typeof value === 'string' && value ? formatDate(value) : EMPTY);
export const asDateTime = (value: unknown): string => (typeof value === 'string' && value ? formatDateTime(value) : EMPTY);
export const asYesNo = (value: unknown): string => (value ? 'ja' : 'nej');
/** A value from a closed list, through its Danish label. */
export const asLabel =
  (labels: Record<string, string>) =>
  (value: unknown): string =>
    typeof value === 'string' && value ? (labels[value] ?? value) : EMPTY;
/** The same in running text: "status ikke startet → udført", not "Ikke startet → Udført". */
export const asLowerLabel = (labels: Record<string, string>) => (value: unknown) => asLabel(labels)(value).toLowerCase();
/** "1 fase", "3 faser". */
export const countOf = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

function show<T>(field: SummaryField<T>, value: unknown): string {
  if (field.format) return field.format(value);
  if (value === null || value === undefined || value === '') return EMPTY;
  return shorten(String(value));
}

function title<T>(input: SummaryInput<T>): string {
  return input.name ? `${input.what} "${shorten(input.name)}"` : input.what;
}

/** Created, deleted or changed, with the fields that matter; never longer than MAX_SUMMARY_LENGTH. */
export function auditSummary<T extends object>(input: SummaryInput<T>): string {
  const { before, after, fields } = input;
  let text: string;
  if (!before && !after) text = title(input);
  else if (!before) {
    const given = fields.filter((f) => !f.text && show(f, after![f.key]) !== EMPTY).map((f) => `${f.label} ${show(f, after![f.key])}`);
    text = `${title(input)} oprettet${given.length ? `: ${given.join('; ')}` : ''}`;
  } else if (!after) text = `${title(input)} slettet`;
  else {
    const changes = fields.flatMap((f) => {
      if (JSON.stringify(before[f.key] ?? null) === JSON.stringify(after[f.key] ?? null)) return [];
      if (f.text) return [`${f.label} ændret`];
      const [from, to] = [show(f, before[f.key]), show(f, after[f.key])];
      return from === to ? [] : [`${f.label} ${from} → ${to}`];
    });
    text = changes.length ? `${title(input)}: ${changes.join('; ')}` : `${title(input)} ændret`;
  }
  return shorten(text, MAX_SUMMARY_LENGTH);
}
