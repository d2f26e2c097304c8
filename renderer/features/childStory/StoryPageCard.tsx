import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryPage } from '../../../shared/contract/childStory';
import { api } from '../../api';
import { useAnnounce } from '../../ui/Announcer';
import { InlineError } from '../../ui/Field';
import { Badge } from '../../ui/Page';
import { PageEditor } from './PageEditor';
import { StoryImage } from './StoryImage';

/** A page in the facilitator's view: picture, words, and its place in the book (move, change, remove). */
export function StoryPageCard({ caseId, page, index, count, latestVersion }: { caseId: string; page: StoryPage; index: number; count: number; latestVersion: number | null }) {
  const { t } = useTranslation('childStory');
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const number = index + 1;
  const act = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await work();
      announce(message);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (editing) return <PageEditor caseId={caseId} page={page} number={number} onDone={() => setEditing(false)} />;
  return (
    <article className="story-card" aria-labelledby={`story-page-${page.id}`}>
      <div className="story-card__picture">
        {page.imageId ? <StoryImage id={page.imageId} alt={t('page.pictureOf', { n: number })} /> : <span className="muted small">{t('page.noPicture')}</span>}
      </div>
      <div className="story-card__body">
        <h3 id={`story-page-${page.id}`}>
          {t('page.number', { n: number })}{' '}
          {latestVersion && page.sinceVersion && <Badge tone="info">{t(page.sinceVersion === 'new' ? 'page.new' : 'page.changed', { n: latestVersion })}</Badge>}
        </h3>
        <p className="story-card__text">{page.text}</p>
        {page.hint && <p className="notice">{page.hint}</p>}
        <div className="safety-actions">
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t('page.edit')}
          </button>
          <button type="button" className="button button--small" disabled={index === 0} onClick={() => void act(() => api['childStory.movePage']({ id: page.id, toIndex: index - 1 }), t('page.moved', { n: number - 1 }))}>
            {t('page.moveUp')}
          </button>
          <button type="button" className="button button--small" disabled={index >= count - 1} onClick={() => void act(() => api['childStory.movePage']({ id: page.id, toIndex: index + 1 }), t('page.moved', { n: number + 1 }))}>
            {t('page.moveDown')}
          </button>
          {confirming ? (
            <>
              <button type="button" className="button button--small button--danger" onClick={() => void act(() => api['childStory.deletePage']({ id: page.id }), t('page.deleted', { n: number }))}>
                {t('page.confirmDelete', { n: number })}
              </button>
              <button type="button" className="button button--small" onClick={() => setConfirming(false)} autoFocus>
                {t('common:actions.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
              {t('page.delete')}
            </button>
          )}
        </div>
        <InlineError message={error} />
      </div>
    </article>
  );
}
