import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { ScreenPage, useScreenStepKeys } from '../../ui/ScreenPage';
import { StoryImage } from './StoryImage';
import './childStoryScreen.css';

/**
 * Barnets bog on the shared screen, one page at a time, as the console shows it: the picture big, the words under it.
 * The story holds nothing fortroligt; it is written for the child. Page Down / Page Up or the arrows step it too.
 */
export function ChildStoryScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation('childStory');
  const loaded = useLoad(() => api['childStory.get']({ caseId }), [caseId], (event) => event.id === caseId && /^(childStory|cases)\./.test(event.type));
  const story = loaded.data;
  useEffect(() => {
    document.title = story?.story?.title ?? t('screen.windowTitle');
  }, [story?.story?.title, t]);
  useScreenStepKeys(story?.shownPage ?? null, (page) => api['childStory.showPage']({ caseId, page }));
  if (!story) return <div className="screen-page screen-page--blank" aria-busy={loaded.loading} />;
  const count = story.pages.length + 1;
  const page = story.shownPage > 0 ? story.pages[story.shownPage - 1] : undefined;
  const title = story.story?.title ?? t('cover.defaultTitle', { child: story.childName });
  if (!page) {
    return (
      <ScreenPage top={<span>{story.childName}</span>} title={title} index={0} count={count} testId="child-story-screen">
        <div className="story-screen__cover">
          {story.story?.writtenBy && <p>{story.story.writtenBy}</p>}
        </div>
      </ScreenPage>
    );
  }
  return (
    <ScreenPage top={<span>{title}</span>} title={page.text} index={story.shownPage} count={count} testId="child-story-screen" titleLast>
      <div className="story-screen__picture">{page.imageId && <StoryImage id={page.imageId} alt={t('page.pictureOf', { n: story.shownPage })} />}</div>
    </ScreenPage>
  );
}
