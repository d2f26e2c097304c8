/**
 * A meeting note as the console's editor writes it (tiptap's StarterKit without code and links, plus mentions of
 * participants), and its plain text. The host derives the text from the document itself, so what the shared screen
 * shows (the document) and what search, the journal note and the review read (the text) can never differ; a document
 * with anything the editor cannot make is refused rather than stored as something nobody can show.
 */
export type NoteDocResult = { ok: true; text: string } | { ok: false; unknown: string };

interface PmNode {
  type?: unknown;
  text?: unknown;
  attrs?: unknown;
  marks?: unknown;
  content?: unknown;
}

/** Blocks that hold other blocks, blocks that hold a line of text, and what may stand in that line. */
const CONTAINERS = new Set(['doc', 'bulletList', 'orderedList', 'listItem', 'blockquote']);
const TEXTBLOCKS = new Set(['paragraph', 'heading']);
const INLINE = new Set(['text', 'hardBreak', 'mention']);
const MARKS = new Set(['bold', 'italic', 'strike', 'underline']);
/** Deeper than any list a person types; a deeper document is refused, not walked. */
const MAX_DEPTH = 40;

class Unknown extends Error {}

/** The note's plain text: one line per paragraph or heading (empty ones too), a mention as "@name". */
export function noteText(doc: unknown): NoteDocResult {
  if ((doc as PmNode)?.type !== 'doc') return { ok: false, unknown: 'uden dokument' };
  try {
    return { ok: true, text: blockLines(doc as PmNode, 0).join('\n') };
  } catch (error) {
    if (error instanceof Unknown) return { ok: false, unknown: error.message };
    throw error;
  }
}

function children(node: PmNode, type: string): PmNode[] {
  if (node.content === undefined) return [];
  if (!Array.isArray(node.content)) throw new Unknown(`"${type}" med ugyldigt indhold`);
  return node.content as PmNode[];
}

function typeOf(node: PmNode, depth: number): string {
  if (depth > MAX_DEPTH) throw new Unknown('for dybt indlejret indhold');
  const type = typeof node?.type === 'string' ? node.type : '';
  if (!type) throw new Unknown('et element uden type');
  if (node.marks !== undefined && !(Array.isArray(node.marks) && node.marks.every((m) => MARKS.has((m as PmNode)?.type as string)))) {
    throw new Unknown('en ukendt formatering');
  }
  return type;
}

function blockLines(node: PmNode, depth: number): string[] {
  const type = typeOf(node, depth);
  if (CONTAINERS.has(type)) return children(node, type).flatMap((child) => blockLines(child, depth + 1));
  if (TEXTBLOCKS.has(type)) return [children(node, type).map((child) => inlineText(child, depth + 1)).join('')];
  if (type === 'horizontalRule') return [];
  throw new Unknown(`"${type.slice(0, 40)}"`);
}

function inlineText(node: PmNode, depth: number): string {
  const type = typeOf(node, depth);
  if (!INLINE.has(type)) throw new Unknown(`"${type.slice(0, 40)}"`);
  if (type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (type === 'hardBreak') return '\n';
  const { label, id } = (node.attrs ?? {}) as { label?: unknown; id?: unknown };
  return `@${typeof label === 'string' ? label : typeof id === 'string' ? id : ''}`;
}
