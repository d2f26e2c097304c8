import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { PrintFrame } from '../export/PrintFrame';
import { StoryImage } from './StoryImage';
import './childStoryPrint.css';

/**
 * Barnets bog as an A5 booklet: the cover, then one page per story page with its picture and words, in the order the
 * facilitator set. Ready for the PDF once every picture has been drawn.
 */
export function PrintChildStoryPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('childStory');
  const loaded = useLoad(() => api['childStory.get']({ caseId }), [caseId]);
  const [drawn, setDrawn] = useState(0);
  const story = loaded.data;
  if (loaded.error) return <ErrorMessage message={loaded.error.message} />;
  if (!story) return null;
  const pictures = story.pages.filter((p) => p.imageId).length;
  const onDrawn = () => setDrawn((n) => n + 1);
  return (
    <PrintFrame ready={!loaded.loading && drawn >= pictures} municipality={story.municipality} booklet>
      <section className="booklet-page booklet-cover" aria-label={t('booklet.cover')}>
        <h1>{story.story?.title ?? t('cover.defaultTitle', { child: story.childName })}</h1>
        {story.story?.writtenBy && <p>{story.story.writtenBy}</p>}
      </section>
      {story.pages.map((page, i) => (
        <section key={page.id} className="booklet-page" aria-label={t('page.number', { n: i + 1 })}>
          <div className="booklet-page__picture">{page.imageId && <StoryImage id={page.imageId} alt={t('page.pictureOf', { n: i + 1 })} onReady={onDrawn} />}</div>
          <p className="booklet-page__text">{page.text}</p>
        </section>
      ))}
    </PrintFrame>
  );
}
