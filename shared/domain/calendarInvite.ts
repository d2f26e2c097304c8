import { addDays, MEETING_TIME_ZONE, type LocalDateTime } from './localTime';

/**
 * RFC 5545 calendar invitations (iTIP METHOD:REQUEST / CANCEL) for a planned follow-up, written by hand because
 * Outlook/Exchange needs the VTIMEZONE block, which the `ics` package does not write. One UID per planned follow-up:
 * sending the same UID with a higher SEQUENCE moves or cancels the meeting in everyone's calendar instead of adding one.
 */

export interface InvitePerson {
  name: string;
  email: string;
}

export interface InviteInput {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: LocalDateTime;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string;
  organizer: InvitePerson | null;
  attendees: InvitePerson[];
  /** When the invitation was written (DTSTAMP). */
  stamp: Date;
}

const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${MEETING_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Parameter values are quoted; a quote cannot appear inside them at all. */
function paramValue(text: string): string {
  return `"${text.replace(/["\r\n]/g, '')}"`;
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character (3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function localStamp(local: LocalDateTime): string {
  return `${local.date.replace(/-/g, '')}T${local.time.replace(':', '')}00`;
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Adds minutes to a wall-clock time, rolling over to the next day when needed. */
export function addMinutes(local: LocalDateTime, minutes: number): LocalDateTime {
  const [h, m] = local.time.split(':').map(Number);
  const total = h! * 60 + m! + minutes;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  const time = `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`;
  return { date: addDays(local.date, days), time };
}

function person(property: 'ORGANIZER' | 'ATTENDEE', p: InvitePerson): string {
  const params = property === 'ATTENDEE' ? ';ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE' : '';
  return `${property};CN=${paramValue(p.name)}${params}:mailto:${p.email}`;
}

export function buildInvite(input: InviteInput): string {
  const tz = `;TZID=${MEETING_TIME_ZONE}`;
  const cancel = input.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kreds//Opfølgning//DA',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    ...COPENHAGEN_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${utcStamp(input.stamp)}`,
    `DTSTART${tz}:${localStamp(input.start)}`,
    `DTEND${tz}:${localStamp(addMinutes(input.start, input.durationMinutes))}`,
    `SUMMARY:${escapeText(input.summary)}`,
    ...(input.description ? [`DESCRIPTION:${escapeText(input.description)}`] : []),
    ...(input.location ? [`LOCATION:${escapeText(input.location)}`] : []),
    ...(input.organizer ? [person('ORGANIZER', input.organizer)] : []),
    ...input.attendees.map((a) => person('ATTENDEE', a)),
    `STATUS:${cancel ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** "Oliver" → "O.", "Anna Katrine" → "A.K.", "A.K." stays: enough to recognise, too little to identify. */
export function initials(name: string): string {
  return name
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join('');
}

export type InviteDetail = 'minimal' | 'detailed';

/**
 * Title and description of the invitation. Calendars are shared, synced and read by assistants, so by default the
 * invitation names neither the child nor the concern: only the kind of meeting and the child's initials.
 */
export function inviteText(detail: InviteDetail, childName: string, extraNote: string): { summary: string; description: string } {
  if (detail === 'minimal') {
    return { summary: 'Netværksmøde – opfølgning', description: `Opfølgning på netværksmødet (${initials(childName)}).` };
  }
  return {
    summary: `Opfølgningsmøde – ${childName}`,
    description: [`Opfølgning på netværksmødet om ${childName}: vi ser på aftalerne og målene fra sidst.`, extraNote].filter(Boolean).join('\n'),
  };
}
