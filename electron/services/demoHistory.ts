import { toIsoDay } from '../../shared/domain/dates';
import type { CaseHistorySpec } from './caseHistory';

/** The Tuesday of the week `weeks` from today's week (negative: earlier), as 'yyyy-mm-dd'. */
function tuesday(today: Date, weeks: number, dayShift = 0): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const monday = date.getDate() - ((date.getDay() + 6) % 7);
  date.setDate(monday + weeks * 7 + 1 + dayShift);
  return toIsoDay(date);
}

/**
 * A history for the demo (told about "Oliver", renamed to `child`): three held meetings about school absence (network meeting, two follow-ups) and
 * the coming one. Fictional. The teacher's remark about mornings in the first meeting is what the search demo
 * finds; the confidential note and item show what the family version leaves out. Dates follow today: meetings 17, 11
 * and 5 weeks ago (Tuesdays at 9), the next one next week, so the demo always looks current.
 */
export function schoolAbsenceHistory(caseId: string, today: Date, child = 'Oliver'): CaseHistorySpec {
  const spec = oliverHistory(caseId, today);
  return child === 'Oliver' ? spec : (JSON.parse(JSON.stringify(spec).replaceAll('Oliver', child)) as CaseHistorySpec);
}

export function oliverHistory(caseId: string, today: Date): CaseHistorySpec {
  const [m1, m2, m3, next] = [-17, -11, -5, 1].map((w) => tuesday(today, w));
  const dueBefore = (meetingDay: string) => {
    const date = new Date(`${meetingDay}T12:00:00`);
    date.setDate(date.getDate() - 1);
    return toIsoDay(date);
  };
  return {
    caseId,
    people: {
      oliver: { name: 'Oliver', role: 'child' },
      camilla: { name: 'Camilla', role: 'mother' },
      thomas: { name: 'Thomas', role: 'father' },
      inge: { name: 'Inge', role: 'grandparent', roleDetail: 'farmor' },
      henrik: { name: 'Henrik Lund', role: 'teacher', roleDetail: 'klasselærer, 3.b' },
      sara: { name: 'Sara Nielsen', role: 'ppr_psychologist' },
      mette: { name: 'Mette Sørensen', role: 'social_worker' },
    },
    goals: [
      {
        text: 'Oliver møder i skole mindst 9 ud af 10 dage inden sommerferien',
        deadline: tuesday(today, 6, 3),
        progress: [
          { meeting: 1, status: 'some_progress', score: 5 },
          { meeting: 2, status: 'on_track', score: 7 },
        ],
      },
      { text: 'Oliver har en fast voksen, han kan gå til i frikvartererne', deadline: tuesday(today, -2, 2), progress: [{ meeting: 2, status: 'reached', score: 9 }] },
    ],
    meetings: [
      {
        type: 'network_meeting',
        startsAt: `${m1}T09:00`,
        place: 'Skovvejens Skole, mødelokale 2',
        present: ['oliver', 'camilla', 'thomas', 'inge', 'henrik', 'sara', 'mette'],
        notes: [
          { phase: 'child_voice', text: 'Oliver siger, at han har ondt i maven om morgenen, og at frikvartererne er det værste.' },
          { phase: 'network_professionals', text: 'Læreren fortæller, at morgenerne er svære: Oliver kommer ofte efter første time og sidder alene i frikvarteret.' },
          { phase: 'network_professionals', text: 'Far har tidligere haft en alkoholbehandling; socialrådgiveren følger op alene med far.', confidential: true },
        ],
        map: [
          { part: 'harm', text: 'Oliver har haft 30 % fravær siden efterårsferien', saidBy: 'henrik' },
          { part: 'complicating_factors', text: 'Mor arbejder tidligt tre dage om ugen', saidBy: 'camilla' },
          { part: 'complicating_factors', text: 'Fars tidligere alkoholforbrug', confidential: true },
          { part: 'danger_statements', text: 'Hvis intet ændrer sig, mister Oliver kontakten til klassen og lysten til at gå i skole.' },
          { part: 'strengths', text: 'Farmor Inge vil gerne hente og bringe', saidBy: 'inge' },
          { part: 'existing_safety', text: 'Oliver spiser morgenmad hos farmor om tirsdagen', saidBy: 'inge' },
          { part: 'safety_goals', text: 'Oliver er i skole kl. 8 hver dag og har en voksen at gå til' },
          { part: 'next_steps', text: 'Ny morgenrutine med farmor tre dage om ugen' },
        ],
        scores: { camilla: 4, thomas: 5, henrik: 3, sara: 4, mette: 4 },
        wellbeing: 'declining',
        agreements: [
          { what: 'Følger Oliver i skole mandag, onsdag og fredag', responsible: 'inge', dueDate: dueBefore(m2!) },
          { what: 'Ringer hjem inden kl. 9, hvis Oliver ikke er kommet', responsible: 'henrik', dueDate: dueBefore(m2!) },
          { what: 'Observerer Oliver i frikvartererne og giver klassen en legeordning', responsible: 'sara', dueDate: dueBefore(m2!) },
        ],
      },
      {
        type: 'follow_up',
        startsAt: `${m2}T09:00`,
        place: 'Skovvejens Skole, mødelokale 2',
        present: ['oliver', 'camilla', 'inge', 'henrik', 'sara', 'mette'],
        reviews: [
          { startsWith: 'Følger Oliver', outcome: 'done', comment: 'Det har virket godt' },
          { startsWith: 'Ringer hjem', outcome: 'done' },
          { startsWith: 'Observerer', outcome: 'partly', comment: 'Legeordning er i gang, observation mangler' },
        ],
        notes: [{ phase: 'since_last', text: 'Fraværet er faldet til 12 %. Oliver fortæller, at han kan lide at gå i skole med farmor.' }],
        map: [{ part: 'strengths', text: 'Oliver er glad for legeordningen i frikvarteret', saidBy: 'oliver' }],
        scores: { camilla: 6, henrik: 5, sara: 6, mette: 5 },
        wellbeing: 'declining',
        agreements: [
          { what: 'Observerer Oliver i to frikvarterer og fortæller om det ved næste møde', responsible: 'sara', dueDate: dueBefore(m3!) },
          { what: 'Laver en aftenrutine med fast sengetid kl. 20', responsible: 'camilla', dueDate: dueBefore(m3!) },
        ],
      },
      {
        type: 'follow_up',
        startsAt: `${m3}T09:00`,
        place: 'Familiens hjem',
        present: ['oliver', 'camilla', 'thomas', 'inge', 'henrik', 'mette'],
        reviews: [
          { startsWith: 'Observerer Oliver i to', outcome: 'done' },
          { startsWith: 'Laver en aftenrutine', outcome: 'partly', comment: 'Hverdage ja, weekender svært' },
        ],
        notes: [
          { phase: 'since_last', text: 'Oliver kommer til tiden de fleste dage. Han har fået en ven, Malik, i klassen.' },
          { phase: 'network_professionals', text: 'Far har fået nyt arbejde med skiftende vagter; aftalt samtale med far alene.', confidential: true },
        ],
        map: [
          { part: 'strengths', text: 'Oliver har fået en god ven i klassen', saidBy: 'henrik' },
          { part: 'complicating_factors', text: 'Fars skiftende vagter gør morgenerne uforudsigelige', confidential: true },
        ],
        scores: { camilla: 7, thomas: 7, henrik: 7, mette: 6 },
        wellbeing: 'general',
        agreements: [
          { what: 'Holder øje med fraværet og sender en kort status hver fredag', responsible: 'henrik', dueDate: dueBefore(next!) },
          { what: 'Aftaler weekendrutine med Oliver', responsible: 'thomas', dueDate: dueBefore(next!) },
        ],
      },
      { type: 'follow_up', startsAt: `${next}T09:00`, place: 'Skovvejens Skole, mødelokale 2', present: [], planned: true },
    ],
  };
}
