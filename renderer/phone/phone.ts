import type { PhoneState } from '../../shared/contract/phones';
import { HOUSES, type House } from '../../shared/domain/houses';
import { MAP_COLUMNS, type MapColumn } from '../../shared/domain/map';
import { normalizeCode, PHONE_POLL_MS, PHONE_REFUSALS } from '../../shared/domain/phones';
import { Connection, type Outcome } from './connection';
import { h } from './dom';
import { drawingPad } from './drawingPad';

/**
 * The phone page: join with the code from the shared screen, pick who you are, then give your own number in private,
 * send suggestions to the map, and (the child's tablet) fill in De tre huse. Plain Danish a 10-year-old can read.
 */
const app = document.getElementById('app')!;
let connection: Connection | null = null;
let state: PhoneState | null = null;
let shownState = '';
let notice: { text: string; kind: 'ok' | 'error' } | null = null;
let failures = 0;
const draft = { column: 'working_well' as MapColumn, suggestion: '', score: null as number | null, why: '', house: 'good_things' as House, houseText: '' };
const pad = drawingPad('Tegneflade: tegn med fingeren');

const SENT_STATUS = { waiting: 'Venter på mødelederen', accepted: 'Kom på tavlen', rejected: 'Kom ikke på tavlen' } as const;

function show(...children: (Node | null | false)[]): void {
  app.replaceChildren(...children.filter((c): c is Node => !!c));
}

function noticeLine(): Node | null {
  return notice ? h('p', { class: `notice notice--${notice.kind}`, role: notice.kind === 'error' ? 'alert' : 'status' }, notice.text) : null;
}

function codeScreen(message?: string): void {
  const input = h('input', { id: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, placeholder: 'XXXX-XXXX-XXXX-XXXX' });
  const form = h('form', { class: 'stack' }, h('label', { htmlFor: 'code' }, 'Skriv koden fra skærmen'), input, h('button', { type: 'submit', class: 'big' }, 'Vær med'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = normalizeCode(input.value);
    if (!code) return codeScreen(PHONE_REFUSALS.wrongCode);
    void join(code);
  });
  show(h('h1', {}, 'Vær med i mødet'), message ? h('p', { class: 'notice notice--error', role: 'alert' }, message) : null, form);
}

async function join(code: string): Promise<void> {
  show(h('p', { class: 'calm' }, 'Du kommer med i mødet …'));
  const joined = await Connection.join(code, matchMedia('(min-width: 700px)').matches);
  if (typeof joined === 'string') return codeScreen(joined);
  connection = joined;
  await send({ type: 'sync' });
}

async function send(message: Parameters<Connection['send']>[0], success?: string): Promise<boolean> {
  if (!connection) return false;
  // A new action clears the last message; a poll leaves it for the person to read.
  if (message.type !== 'sync') notice = null;
  const outcome: Outcome = await connection.send(message);
  if (outcome.kind === 'refused') {
    failures += 1;
    if (outcome.ended || failures > 5) return ended(outcome.ended ? outcome.message : PHONE_REFUSALS.ended);
    notice = { text: outcome.message, kind: 'error' };
    render(true);
    return false;
  }
  failures = 0;
  if (!outcome.reply.ok) {
    if (outcome.reply.ended) return ended(outcome.reply.message);
    notice = { text: outcome.reply.message, kind: 'error' };
    render(true);
    return false;
  }
  state = outcome.reply.state;
  if (success) notice = { text: success, kind: 'ok' };
  render(!!success);
  return true;
}

function ended(message: string): false {
  Connection.forget();
  connection = null;
  state = null;
  show(h('h1', {}, 'Tak for i dag'), h('p', { class: 'calm' }, message));
  return false;
}

function pickScreen(s: PhoneState): Node[] {
  return [
    h('h1', {}, s.title),
    h('p', {}, 'Hvem er du? Tryk på dit navn.'),
    h(
      'div',
      { class: 'stack' },
      ...s.people.map((p) => {
        const button = h('button', { type: 'button', class: 'big person' }, p.name, p.role ? h('span', { class: 'role' }, p.role) : null);
        button.addEventListener('click', () => void send({ type: 'pick', participantId: p.participantId }));
        return button;
      }),
    ),
  ];
}

function scalingCard(s: PhoneState): Node | null {
  const q = s.scaling;
  if (!q) return null;
  const numbers = h('div', { class: 'scale', role: 'group', aria: { label: 'Vælg et tal fra 0 til 10' } });
  const chosen = draft.score ?? q.mine?.value ?? null;
  for (let n = 0; n <= 10; n++) {
    const b = h('button', { type: 'button', class: 'scale__n' }, String(n));
    b.setAttribute('aria-pressed', String(chosen === n));
    b.addEventListener('click', () => {
      draft.score = n;
      render(true);
    });
    numbers.append(b);
  }
  const why = h('input', { value: draft.why, maxLength: 200, id: 'why', placeholder: 'Hvis du vil: hvorfor?' });
  why.addEventListener('input', () => (draft.why = why.value));
  const submit = h('button', { type: 'button', class: 'big primary', disabled: chosen === null }, q.mine ? 'Send mit nye tal' : 'Send mit tal');
  submit.addEventListener('click', () => {
    if (chosen === null) return;
    void send({ type: 'score', questionId: q.questionId, value: chosen, why: draft.why.trim() || undefined }, 'Dit tal er sendt. Ingen kan se det, før alle tal vises på skærmen.');
  });
  return h(
    'section',
    { class: 'card', aria: { labelledby: 'scale-q' } },
    h('h2', { id: 'scale-q' }, q.text),
    h('p', { class: 'anchor' }, h('b', {}, '0: '), q.zero),
    h('p', { class: 'anchor' }, h('b', {}, '10: '), q.ten),
    numbers,
    h('label', { htmlFor: 'why', class: 'small' }, 'Hvorfor (kun hvis du vil)'),
    why,
    submit,
    q.mine ? h('p', { class: 'small' }, `Du har sendt ${q.mine.value}. Kun du kan se det nu.`) : null,
  );
}

function revealedCard(s: PhoneState): Node | null {
  if (!s.revealed) return null;
  return h('section', { class: 'card' }, h('h2', {}, s.revealed.text), h('ul', { class: 'scores' }, ...s.revealed.scores.map((x) => h('li', {}, h('span', {}, x.name), h('b', {}, String(x.value))))));
}

function choice<T extends string>(legend: string, options: readonly T[], labels: Record<T, string>, value: T, onPick: (v: T) => void): Node {
  return h(
    'fieldset',
    { class: 'choice' },
    h('legend', {}, legend),
    ...options.map((o) => {
      const b = h('button', { type: 'button', class: 'choice__b' }, labels[o]);
      b.setAttribute('aria-pressed', String(o === value));
      b.addEventListener('click', () => onPick(o));
      return b;
    }),
  );
}

function suggestionCard(s: PhoneState): Node {
  const text = h('textarea', { id: 'suggestion', value: draft.suggestion, maxLength: 500, rows: 3 });
  text.addEventListener('input', () => (draft.suggestion = text.value));
  const submit = h('button', { type: 'button', class: 'big primary' }, 'Send forslag');
  submit.addEventListener('click', async () => {
    if (!draft.suggestion.trim()) return;
    if (await send({ type: 'suggest', column: draft.column, text: draft.suggestion }, 'Dit forslag er sendt. Mødelederen bestemmer, om det kommer på tavlen.')) draft.suggestion = '';
    render(true);
  });
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, 'Foreslå noget til tavlen'),
    choice('Hvor hører det til?', MAP_COLUMNS, s.columns, draft.column, (c) => {
      draft.column = c;
      render(true);
    }),
    h('label', { htmlFor: 'suggestion' }, 'Dit forslag'),
    text,
    submit,
    s.sent.length ? h('ul', { class: 'sent' }, ...s.sent.map((x) => h('li', {}, h('span', {}, x.text), h('small', { class: `status status--${x.status}` }, SENT_STATUS[x.status])))) : null,
  );
}

function housesCard(s: PhoneState): Node | null {
  if (!s.me?.isChild) return null;
  const text = h('textarea', { id: 'house-text', value: draft.houseText, maxLength: 300, rows: 2 });
  text.addEventListener('input', () => (draft.houseText = text.value));
  const clear = h('button', { type: 'button' }, 'Visk ud');
  clear.addEventListener('click', () => pad.clear());
  const submit = h('button', { type: 'button', class: 'big primary' }, 'Læg det i huset');
  submit.addEventListener('click', async () => {
    const drawing = pad.drawing() ?? undefined;
    if (!draft.houseText.trim() && !drawing) return;
    if (await send({ type: 'house', house: draft.house, text: draft.houseText.trim() || undefined, drawing }, 'Det er lagt i huset. Du bestemmer selv, om det skal vises på skærmen.')) {
      draft.houseText = '';
      pad.clear();
    }
    render(true);
  });
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, 'De tre huse'),
    choice('Hvilket hus?', HOUSES, s.houses, draft.house, (house) => {
      draft.house = house;
      render(true);
    }),
    h('label', { htmlFor: 'house-text' }, 'Skriv det, du vil sige'),
    text,
    h('p', { class: 'small' }, 'Eller tegn det:'),
    pad.element,
    h('div', { class: 'row' }, clear),
    submit,
    s.housesSent.length ? h('p', { class: 'small' }, `Du har lagt ${s.housesSent.length} ting i husene.`) : null,
  );
}

/** Draws the page again when the state changed (or when asked), but never under the person's typing. */
function render(force = false): void {
  if (!state) return;
  const json = JSON.stringify(state);
  const typing = document.activeElement instanceof HTMLTextAreaElement || document.activeElement instanceof HTMLInputElement;
  if (!force && (json === shownState || typing)) return;
  shownState = json;
  if (!state.me) return show(...pickScreen(state), noticeLine());
  show(
    h('header', { class: 'top' }, h('h1', {}, `Hej ${state.me.name}`), h('p', { class: 'small' }, state.title)),
    noticeLine(),
    scalingCard(state),
    revealedCard(state),
    housesCard(state),
    suggestionCard(state),
  );
}

function start(): void {
  const fromLink = normalizeCode(decodeURIComponent(location.hash.replace(/^#/, '')));
  // The code leaves the address bar at once (no screenshot, history or shared link carries it on).
  if (location.hash) history.replaceState(null, '', location.pathname);
  connection = fromLink ? null : Connection.resume();
  if (fromLink) void join(fromLink);
  else if (connection) void send({ type: 'sync' });
  else codeScreen();
  setInterval(() => {
    if (connection && !document.hidden) void send({ type: 'sync' });
  }, PHONE_POLL_MS);
}

start();
