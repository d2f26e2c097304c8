import type { ReactNode } from 'react';

interface PmNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string }[];
  content?: PmNode[];
}

/**
 * Renders a stored note (ProseMirror JSON) as plain React elements, for the shared screen and the summary, without
 * loading the editor. Unknown node types show their text only: nothing is ever inserted as HTML.
 */
export function DocView({ doc, className }: { doc: unknown; className?: string }) {
  const root = doc as PmNode | null;
  if (!root?.content?.length) return null;
  return <div className={className}>{root.content.map(renderNode)}</div>;
}

/**
 * A note as blocks the shared screen can page: each paragraph or heading, and each list item on its own (a numbered
 * list keeps its numbers). `text` counts the words for how long a page stays.
 */
export function docBlocks(doc: unknown): { key: string; node: ReactNode; text: string }[] {
  const root = doc as PmNode | null;
  const textOf = (node: PmNode): string => node.text ?? (node.content ?? []).map(textOf).join(' ');
  return (root?.content ?? []).flatMap((node, index): { key: string; node: ReactNode; text: string }[] => {
    if (node.type !== 'bulletList' && node.type !== 'orderedList') return [{ key: `${index}`, node: renderNode(node, index), text: textOf(node) }];
    return (node.content ?? []).map((item, n) => ({
      key: `${index}.${n}`,
      node: node.type === 'orderedList' ? <ol start={n + 1}>{renderNode(item, n)}</ol> : <ul>{renderNode(item, n)}</ul>,
      text: textOf(item),
    }));
  });
}

function children(node: PmNode): ReactNode[] {
  return (node.content ?? []).map(renderNode);
}

function renderNode(node: PmNode, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{children(node)}</p>;
    case 'heading':
      return node.attrs?.level === 3 ? <h4 key={key}>{children(node)}</h4> : <h3 key={key}>{children(node)}</h3>;
    case 'bulletList':
      return <ul key={key}>{children(node)}</ul>;
    case 'orderedList':
      return <ol key={key}>{children(node)}</ol>;
    case 'listItem':
      return <li key={key}>{children(node)}</li>;
    case 'hardBreak':
      return <br key={key} />;
    case 'mention':
      return (
        <span key={key} className="mention">
          @{String(node.attrs?.label ?? node.attrs?.id ?? '')}
        </span>
      );
    case 'text': {
      let out: ReactNode = node.text ?? '';
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') out = <strong>{out}</strong>;
        else if (mark.type === 'italic') out = <em>{out}</em>;
      }
      return <span key={key}>{out}</span>;
    }
    default:
      return <span key={key}>{children(node)}</span>;
  }
}
