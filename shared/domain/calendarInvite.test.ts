import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildInvite, initials, inviteText, type InviteInput } from './calendarInvite';

// ical.js (Mozilla's parser, independent of the writer under test) reads the invitation back.
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent')!;
  ICAL.TimezoneService.reset();
  const tz = calendar.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(tz);
  return { calendar, event, vevent: new ICAL.Event(event) };
}

const base: InviteInput = {
  uid: '6f1c2a9e-1111-4222-8333-944445555666@kreds',
  sequence: 0,
  method: 'REQUEST',
  start: { date: '2027-05-05', time: '10:00' },
  durationMinutes: 90,
  summary: 'Netværksmøde – opfølgning',
  description: 'Opfølgning på netværksmødet (O.).',
  location: 'Familiens Hus, mødelokale 2; 1. sal',
  organizer: { name: 'Mette Sørensen', email: 'mette.sorensen@kommune.dk' },
  attendees: [
    { name: 'Lærer Hansen, Tove', email: 'tove.hansen@skole.dk' },
    { name: 'Ahmed "Mor" Jensen', email: 'ahmed@example.dk' },
  ],
  stamp: new Date('2027-03-18T11:30:00Z'),
};

describe('the .ics invitation, read back by ical.js', () => {
  it('carries method, UID, sequence, times in Europe/Copenhagen and the Copenhagen VTIMEZONE', () => {
    const { calendar, event, vevent } = parse(buildInvite(base));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vevent.uid).toBe(base.uid);
    expect(vevent.sequence).toBe(0);
    const tz = calendar.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toString()).toBe('2027-05-05T10:00:00');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2027-05-05T11:30:00');
    // 10.00 in May is summer time: 08.00 UTC.
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2027-05-05T08:00:00.000Z');
    expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2027-03-18T11:30:00Z');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps Danish letters and escaped punctuation in the text fields', () => {
    const { vevent } = parse(buildInvite(base));
    expect(vevent.summary).toBe('Netværksmøde – opfølgning');
    expect(vevent.description).toBe('Opfølgning på netværksmødet (O.).');
    expect(vevent.location).toBe('Familiens Hus, mødelokale 2; 1. sal');
  });

  it('names the organiser and every attendee with their e-mail', () => {
    const { event } = parse(buildInvite(base));
    const organizer = event.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:mette.sorensen@kommune.dk');
    expect(organizer.getParameter('cn')).toBe('Mette Sørensen');
    const attendees = event.getAllProperties('attendee');
    expect(attendees.map((a) => a.getFirstValue())).toEqual(['mailto:tove.hansen@skole.dk', 'mailto:ahmed@example.dk']);
    expect(attendees.map((a) => a.getParameter('cn'))).toEqual(['Lærer Hansen, Tove', 'Ahmed Mor Jensen']);
    expect(attendees[0]!.getParameter('rsvp')).toBe('TRUE');
  });

  it('moves the same meeting (same UID, higher SEQUENCE) and cancels it with METHOD:CANCEL', () => {
    const moved = parse(buildInvite({ ...base, sequence: 1, start: { date: '2027-05-07', time: '13:15' } }));
    expect(moved.vevent.uid).toBe(base.uid);
    expect(moved.vevent.sequence).toBe(1);
    expect((moved.event.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2027-05-07T13:15:00');
    const cancelled = parse(buildInvite({ ...base, sequence: 2, method: 'CANCEL' }));
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.vevent.uid).toBe(base.uid);
    expect(cancelled.vevent.sequence).toBe(2);
    expect(cancelled.event.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('is still a valid invitation without organiser or attendees', () => {
    const { event } = parse(buildInvite({ ...base, organizer: null, attendees: [] }));
    expect(event.getAllProperties('attendee')).toHaveLength(0);
    expect(event.getFirstProperty('organizer')).toBeNull();
  });

  it('uses CRLF and folds long lines at 75 octets without splitting æ, ø or å', () => {
    const text = buildInvite({ ...base, description: 'Æblegrød og rødgrødmedfløde '.repeat(12) });
    expect(text).toMatch(/\r\n$/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).vevent.description).toBe('Æblegrød og rødgrødmedfløde '.repeat(12));
  });

  it('keeps its wall-clock time across the autumn DST change', () => {
    const { vevent } = parse(buildInvite({ ...base, start: { date: '2026-10-29', time: '14:00' } }));
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-10-29T13:00:00.000Z');
  });
});

describe('what the invitation says about the child', () => {
  it.each([
    ['Oliver', 'O.'],
    ['Anna Katrine', 'A.K.'],
    ['A.K.', 'A.K.'],
    ['Eva-Marie', 'E.M.'],
  ])('%s becomes %s', (name, expected) => expect(initials(name)).toBe(expected));

  it('names neither the child nor the concern by default', () => {
    const text = inviteText('minimal', 'Oliver', 'skolefravær');
    expect(text.summary).toBe('Netværksmøde – opfølgning');
    expect(`${text.summary} ${text.description}`).not.toMatch(/Oliver|skolefravær/);
  });

  it('includes the name and note only when the user asks for more', () => {
    expect(inviteText('detailed', 'Oliver', 'Tag skemaet med').description).toContain('Oliver');
  });
});
