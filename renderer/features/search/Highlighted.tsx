import type { Segment } from '../../../shared/domain/search';
import { highlight } from '../../../shared/domain/search';

/** Search hits as data, rendered with <mark>: user text is never turned into HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}

/** Any text on a page a hit opened, with the searched words marked. */
export function HighlightText({ text, words }: { text: string; words: string[] }) {
  return <Highlighted segments={highlight(text, words)} />;
}
