import { useEffect, useState } from 'react';
import { imageUrl } from './storyImages';

/** A page's picture, fetched from the host by id (once per window). `onReady` tells a print page it has drawn. */
export function StoryImage({ id, alt, className, onReady }: { id: string; alt: string; className?: string; onReady?(): void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void imageUrl(id).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [id]);
  if (!url) return <span className={`story-image story-image--loading ${className ?? ''}`} aria-busy="true" />;
  return <img src={url} alt={alt} className={`story-image ${className ?? ''}`} onLoad={onReady} onError={onReady} />;
}
