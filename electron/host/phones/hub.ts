import type { ChannelName, KredsEvent } from '../../../shared/contract';
import type { PhoneStatus } from '../../../shared/contract/phones';
import { codeFromBytes, SUGGESTION_PART } from '../../../shared/domain/phones';
import { randomBytes } from '../../../shared/domain/phoneCrypto';
import { KredsError, type Result } from '../../../shared/errors';
import type { HandlerMap, ServiceContext } from '../../services/context';
import { phoneMeeting, requireRunning } from '../../services/phones';
import { readSettings } from '../../services/settings';
import { startPhoneServer, type RunningPhoneServer } from './server';
import { PhoneSession } from './session';

export type PhoneChannel = Extract<ChannelName, `phones.${string}`>;

export interface PhoneHubOptions {
  /** Where phones reach this machine: the LAN address in the app, 127.0.0.1 in tests and the bench. */
  address(): string;
  assetsDir: string;
  now(): Date;
  context(): ServiceContext;
  call(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  emit(event: KredsEvent): void;
  locked(): boolean;
}

interface Running {
  session: PhoneSession;
  server: RunningPhoneServer;
  showJoin: boolean;
}

/**
 * "Deltag fra telefon": at most one phone session per running meeting, each with its own server and port. It starts
 * only when the facilitator turns it on, and everything (server, keys, answers, inbox) ends when it is turned off or
 * the meeting is no longer running.
 */
export class PhoneHub {
  private readonly running = new Map<string, Running>();

  constructor(private readonly options: PhoneHubOptions) {}

  /** The host's events: a meeting that ended takes its phones with it, and so does the municipality forbidding phones. */
  onEvent(event: KredsEvent): void {
    if (event.type === 'settings.changed' && this.running.size && !readSettings(this.options.context()).phonesAllowed) return void this.closeAll();
    if (event.type !== 'meetings.changed' || !event.id || !this.running.has(event.id)) return;
    let status = 'gone';
    try {
      status = phoneMeeting(this.options.context(), event.id).status;
    } catch {
      // A deleted meeting or a closed database ends the session too.
    }
    if (status !== 'running') void this.stop(event.id);
  }

  async stop(meetingId: string): Promise<void> {
    const running = this.running.get(meetingId);
    if (!running) return;
    this.running.delete(meetingId);
    running.session.devices.clear();
    await running.server.close();
    this.changed(meetingId);
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((id) => this.stop(id)));
  }

  private changed(meetingId: string): void {
    this.options.emit({ type: 'phones.changed', id: meetingId });
  }

  private blocked(meetingId: string): string | null {
    const ctx = this.options.context();
    if (!readSettings(ctx).phonesAllowed) return 'Kommunen har slået deltagelse fra telefon fra (Indstillinger).';
    return phoneMeeting(ctx, meetingId).status === 'running' ? null : 'Telefonerne kan kun være med, mens mødet kører.';
  }

  status(meetingId: string): PhoneStatus {
    const running = this.running.get(meetingId);
    const session = running?.session;
    const names = new Map(session ? phoneMeeting(this.options.context(), meetingId).base.people.map((p) => [p.participantId, p.name]) : []);
    return {
      meetingId,
      on: !!running,
      blocked: running ? null : this.blocked(meetingId),
      join: running ? { url: running.server.url, code: session!.deps.code } : null,
      showJoin: running?.showJoin ?? false,
      devices: session
        ? [...session.devices.values()].map((d) => ({
            id: d.id,
            label: `Enhed ${d.number}`,
            participantId: d.participantId,
            name: d.participantId ? (names.get(d.participantId) ?? null) : null,
            joinedAt: d.joinedAt,
          }))
        : [],
      scaling: session?.scaling ? { questionId: session.scaling.questionId, answered: [...session.scaling.answers.keys()] } : null,
      suggestions: session ? session.suggestions.map(({ deviceId: _device, ...s }) => s) : [],
    };
  }

  private session(meetingId: string): PhoneSession {
    const running = this.running.get(meetingId);
    if (!running) throw new KredsError('conflict', 'Deltagelse fra telefon er ikke slået til for mødet');
    return running.session;
  }

  private async start(meetingId: string): Promise<PhoneStatus> {
    if (this.running.has(meetingId)) return this.status(meetingId);
    const blocked = this.blocked(meetingId);
    if (blocked) throw new KredsError('conflict', blocked);
    const session = new PhoneSession({
      meetingId,
      code: codeFromBytes(randomBytes(16)),
      now: this.options.now,
      meeting: () => phoneMeeting(this.options.context(), meetingId),
      call: (channel, input) => this.options.call(channel, input),
      changed: () => this.changed(meetingId),
      locked: () => this.options.locked(),
    });
    const server = await startPhoneServer({
      address: this.options.address(),
      assetsDir: this.options.assetsDir,
      join: (body, from) => session.join(body, from),
      message: (body) => session.message(body),
    });
    this.running.set(meetingId, { session, server, showJoin: true });
    this.changed(meetingId);
    return this.status(meetingId);
  }

  private async reveal(meetingId: string): Promise<PhoneStatus> {
    const session = this.session(meetingId);
    const scaling = session.scaling;
    if (!scaling) throw new KredsError('conflict', 'Åbn et skaleringsspørgsmål på telefonerne først');
    for (const [participantId, answer] of scaling.answers) {
      const result = await this.options.call('scaling.setScore', { questionId: scaling.questionId, participantId, value: answer.value });
      if (!result.ok) throw new KredsError(result.error.code, result.error.message);
    }
    const page = await this.options.call('map.presenter', { meetingId, view: 'scaling' });
    const content = page.ok ? (page.value as { content: { kind: string; questions?: { id: string; text: string; scores: { name: string; value: number }[] }[] } }).content : null;
    const shown = content?.questions?.find((q) => q.id === scaling.questionId);
    session.revealed = shown ? { text: shown.text, scores: shown.scores } : null;
    session.scaling = null;
    this.changed(meetingId);
    return this.status(meetingId);
  }

  private async decide(input: { meetingId: string; suggestionId: string; accept: boolean; part?: string }): Promise<PhoneStatus> {
    const session = this.session(input.meetingId);
    const index = session.suggestions.findIndex((s) => s.id === input.suggestionId);
    const suggestion = session.suggestions[index];
    if (!suggestion) throw new KredsError('not_found', 'Forslaget er allerede behandlet');
    if (input.accept) {
      const part = input.part ?? SUGGESTION_PART[suggestion.column];
      const result = await this.options.call('map.addItem', { meetingId: input.meetingId, part, text: suggestion.text, saidBy: suggestion.participantId, confidential: false });
      if (!result.ok) throw new KredsError(result.error.code, result.error.message);
    }
    session.suggestions.splice(index, 1);
    const sent = session.devices.get(suggestion.deviceId)?.sent.find((s) => s.id === suggestion.id);
    if (sent) sent.status = input.accept ? 'accepted' : 'rejected';
    this.changed(input.meetingId);
    return this.status(input.meetingId);
  }

  handlers(): HandlerMap<PhoneChannel> {
    return {
      'phones.status': (_ctx, input) => this.status(input.meetingId),
      'phones.start': (_ctx, input) => this.start(input.meetingId),
      'phones.stop': async (_ctx, input) => {
        await this.stop(input.meetingId);
        return this.status(input.meetingId);
      },
      'phones.removeDevice': (_ctx, input) => {
        const session = this.session(input.meetingId);
        if (!session.devices.delete(input.deviceId)) throw new KredsError('not_found', 'Enheden er allerede fjernet');
        this.changed(input.meetingId);
        return this.status(input.meetingId);
      },
      'phones.assign': (_ctx, input) => {
        const session = this.session(input.meetingId);
        const device = session.devices.get(input.deviceId);
        if (!device) throw new KredsError('not_found', 'Enheden er ikke med længere');
        if (input.participantId) {
          const meeting = phoneMeeting(this.options.context(), input.meetingId);
          if (!meeting.base.people.some((p) => p.participantId === input.participantId)) throw new KredsError('invalid_input', 'Vælg en deltager fra mødet');
          for (const other of session.devices.values()) if (other.participantId === input.participantId) other.participantId = null;
        }
        device.participantId = input.participantId;
        this.changed(input.meetingId);
        return this.status(input.meetingId);
      },
      'phones.openScaling': (_ctx, input) => {
        const session = this.session(input.meetingId);
        if (input.questionId) {
          const meeting = phoneMeeting(this.options.context(), input.meetingId);
          requireRunning(meeting);
          if (!meeting.questions.has(input.questionId)) throw new KredsError('not_found', 'Skaleringsspørgsmålet findes ikke i mødet');
        }
        session.scaling = input.questionId ? { questionId: input.questionId, answers: new Map() } : null;
        this.changed(input.meetingId);
        return this.status(input.meetingId);
      },
      'phones.reveal': (_ctx, input) => this.reveal(input.meetingId),
      'phones.showJoin': (_ctx, input) => {
        this.session(input.meetingId);
        this.running.get(input.meetingId)!.showJoin = input.show;
        this.changed(input.meetingId);
        return this.status(input.meetingId);
      },
      'phones.sharedJoin': (_ctx, input) => {
        const running = this.running.get(input.meetingId);
        return running?.showJoin ? { url: running.server.url, code: running.session.deps.code } : null;
      },
      'phones.decide': (_ctx, input) => this.decide(input),
    };
  }
}
