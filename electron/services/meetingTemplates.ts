import type { MeetingTemplate, PhaseInput } from '../../shared/contract/meetings';
import { DEFAULT_TEMPLATES, MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '../../shared/domain/meetingTemplates';
import { templateSummary } from '../../shared/domain/meetingsAudit';
import { KredsError } from '../../shared/errors';
import { newId, type HandlerMap, type ServiceContext } from './context';

/** The built-in templates (one per meeting type, never stored) plus the ones the user saved. */
export function listTemplates(ctx: ServiceContext): MeetingTemplate[] {
  const builtIn = MEETING_TYPES.map((type): MeetingTemplate => ({
    id: `default:${type}`,
    name: MEETING_TYPE_LABELS[type],
    type,
    builtIn: true,
    phases: DEFAULT_TEMPLATES[type],
  }));
  const own = (ctx.db.prepare('SELECT * FROM meeting_templates ORDER BY name COLLATE NOCASE').all() as {
    id: string; name: string; type: MeetingType; phases: string;
  }[]).map((r): MeetingTemplate => ({ id: r.id, name: r.name, type: r.type, builtIn: false, phases: JSON.parse(r.phases) as PhaseInput[] }));
  return [...builtIn, ...own];
}

/** The phases a new meeting copies from a template; phase ids are never copied (each meeting owns its phases). */
export function findTemplatePhases(ctx: ServiceContext, templateId: string): PhaseInput[] {
  const template = listTemplates(ctx).find((t) => t.id === templateId);
  if (!template) throw new KredsError('not_found', 'Skabelonen findes ikke længere', { templateId: 'Skabelonen findes ikke længere' });
  return template.phases.map(({ kind, title, plannedMinutes, questions }) => ({ kind, title, plannedMinutes, questions: [...questions] }));
}

export const meetingTemplatesHandlers: HandlerMap<'meetings.templates' | 'meetings.saveTemplate' | 'meetings.deleteTemplate'> = {
  'meetings.templates': (ctx) => listTemplates(ctx),
  'meetings.saveTemplate': (ctx, input) => {
    const taken = ctx.db.prepare('SELECT 1 FROM meeting_templates WHERE name = ? COLLATE NOCASE').get(input.name);
    if (taken) throw new KredsError('conflict', 'Der findes allerede en skabelon med det navn', { name: 'Der findes allerede en skabelon med det navn' });
    const id = newId();
    const phases = input.phases.map(({ kind, title, plannedMinutes, questions }) => ({ kind, title, plannedMinutes, questions }));
    ctx.db
      .prepare('INSERT INTO meeting_templates (id, name, type, phases, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, input.name, input.type, JSON.stringify(phases), ctx.now().toISOString());
    ctx.emit({ type: 'meetings.templatesChanged', id, origin: ctx.origin });
    ctx.audit?.({ action: 'create', entity: 'meeting_template', entityId: id, fields: ['name', 'type', 'phases'], summary: templateSummary(input.name, input.type, phases.length) });
    return listTemplates(ctx).find((t) => t.id === id)!;
  },
  'meetings.deleteTemplate': (ctx, input) => {
    const row = ctx.db.prepare('SELECT name, type FROM meeting_templates WHERE id = ?').get(input.id) as { name: string; type: MeetingType } | undefined;
    if (!row) return null;
    ctx.db.prepare('DELETE FROM meeting_templates WHERE id = ?').run(input.id);
    ctx.audit?.({ action: 'delete', entity: 'meeting_template', entityId: input.id, fields: [], summary: templateSummary(row.name, row.type, null) });
    ctx.emit({ type: 'meetings.templatesChanged', id: input.id, origin: ctx.origin });
    return null;
  },
};
