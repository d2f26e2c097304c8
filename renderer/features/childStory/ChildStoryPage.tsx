import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../shared/contract/childStory';
import { STORY_LIMITS } from '../../../shared/domain/childStory';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useSubmit } from '../../app/useForm';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { HowTo } from '../../ui/HowTo';
import { EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { ScreenControls } from '../../ui/ScreenControls';
import { VersionsPanel } from '../../ui/VersionsPanel';
import { exportPdf } from '../export/pdf';
import { PageEditor } from './PageEditor';
import { StoryPageCard } from './StoryPageCard';
import './childStory.css';

/** /cases/:id/child-story — Barnets bog: the story's pages with their pictures, in order, its versions and the booklet. */
export function ChildStoryPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('childStory');
  const announce = useAnnounce();
  const loaded = useLoad(
    () => api['childStory.get']({ caseId }),
    [caseId],
    (event) => (event.id === caseId && /^(childStory|cases)\./.test(event.type)) || event.type.startsWith('meetings.'),
  );
  const [error, setError] = useState<string | null>(null);
  const [editingTitle, setEditingTitle] = useState(false);
  const story = loaded.data;
  if (loaded.error && !story) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!story) return <p className="muted">{t('common:status.loading')}</p>;
  const booklet = async () => {
    setError(null);
    try {
      const saved = await exportPdf(`/print/child-story/${caseId}`, t('booklet.file'));
      if (saved) announce(t('booklet.saved', { file: saved }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const show = (page: number) => void api['childStory.showPage']({ caseId, page }).catch((e: Error) => setError(e.message));
  const latestVersion = story.versions[0]?.number ?? null;
  return (
    <section className="page story-page">
      <p className="breadcrumbs">
        <Link to={`/cases/${caseId}`}>{story.childName}</Link>
      </p>
      <PageHeader
        title={t('title', { child: story.childName })}
        actions={
          story.pages.length > 0 && (
            <button type="button" className="button" onClick={() => void booklet()}>
              {t('booklet.print')}
            </button>
          )
        }
      >
        {story.story && <ScreenControls path={`/cases/${caseId}/child-story/present`} shown={story.shownPage} count={story.pages.length + 1} onShow={show} />}
      </PageHeader>
      {error && <ErrorMessage message={error} />}
      <HowTo id="childStory">
        <p>{t('howTo', { child: story.childName })}</p>
      </HowTo>
      {!story.story || editingTitle ? (
        <CoverForm story={story} onDone={() => setEditingTitle(false)} />
      ) : (
        <section className="safety-section story-cover" aria-labelledby="story-cover">
          <h2 id="story-cover">{story.story.title}</h2>
          {story.story.writtenBy && <p className="muted">{story.story.writtenBy}</p>}
          <button type="button" className="button button--small" onClick={() => setEditingTitle(true)}>
            {t('cover.edit')}
          </button>
        </section>
      )}
      {story.story && (
        <>
          <section className="safety-section" aria-labelledby="story-pages">
            <h2 id="story-pages">{t('pages.heading', { count: story.pages.length })}</h2>
            {story.pages.length === 0 && <EmptyState>{t('pages.empty', { child: story.childName })}</EmptyState>}
            <div className="story-cards">
              {story.pages.map((page, i) => (
                <StoryPageCard key={page.id} caseId={caseId} page={page} index={i} count={story.pages.length} latestVersion={latestVersion} />
              ))}
            </div>
            {story.pages.length < STORY_LIMITS.pages && (
              <details className="safety-add" open={story.pages.length === 0}>
                <summary>{t('page.add', { n: story.pages.length + 1 })}</summary>
                <PageEditor key={story.pages.length} caseId={caseId} number={story.pages.length + 1} />
              </details>
            )}
          </section>
          <VersionsPanel
            title={t('versions.heading')}
            none={t('versions.none')}
            versions={story.versions}
            since={story.sinceVersion}
            meetings={story.meetings}
            save={(meetingId) => api['childStory.saveVersion']({ caseId, meetingId })}
          />
        </>
      )}
    </section>
  );
}

function CoverForm({ story, onDone }: { story: StoryDetail; onDone(): void }) {
  const { t } = useTranslation('childStory');
  const announce = useAnnounce();
  const [title, setTitle] = useState(story.story?.title ?? t('cover.defaultTitle', { child: story.childName }));
  const [writtenBy, setWrittenBy] = useState(story.story?.writtenBy ?? '');
  const submit = useSubmit(
    () => api['childStory.save']({ caseId: story.caseId, title, writtenBy }),
    () => {
      announce(t('cover.saved'));
      onDone();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  return (
    <form className="form safety-form safety-section" onSubmit={onSubmit} noValidate aria-label={t('cover.heading')}>
      <h2>{t('cover.heading')}</h2>
      {!story.story && <p className="muted">{t('cover.intro', { child: story.childName })}</p>}
      <TextField label={t('cover.title')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={STORY_LIMITS.title} error={submit.fieldErrors.title} />
      <TextField label={t('cover.writtenBy')} hint={t('cover.writtenByHint')} value={writtenBy} onChange={(e) => setWrittenBy(e.target.value)} maxLength={STORY_LIMITS.writtenBy} />
      {submit.formError && !submit.fieldErrors.title && <p className="field__error" role="alert">{submit.formError}</p>}
      <FormActions label={story.story ? t('cover.save') : t('cover.start')} disabled={submit.busy} onCancel={story.story ? onDone : undefined} />
    </form>
  );
}
