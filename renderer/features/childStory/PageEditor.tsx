import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageInput, StoryPage } from '../../../shared/contract/childStory';
import { pageTextHint, STORY_LIMITS } from '../../../shared/domain/childStory';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { DrawingPad, type DrawingPadHandle } from '../../ui/DrawingPad';
import { TextArea } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { StoryImage } from './StoryImage';
import { blobToBase64, imageUrl, preparePhoto } from './storyImages';

type PictureMode = 'keep' | 'draw' | 'photo' | 'none';

/**
 * A page of the story: one or two sentences in the child's language and a picture, drawn here (mouse, pen or
 * finger) or a photo of a drawing on paper. Text and picture are saved together, or not at all.
 */
export function PageEditor({ caseId, page, number, onDone }: { caseId: string; page?: StoryPage; number: number; onDone?(): void }) {
  const { t } = useTranslation('childStory');
  const announce = useAnnounce();
  const pad = useRef<DrawingPadHandle>(null);
  const [text, setText] = useState(page?.text ?? '');
  const [mode, setMode] = useState<PictureMode>(page?.imageId ? 'keep' : 'draw');
  const [photo, setPhoto] = useState<{ data: string; preview: string } | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [background, setBackground] = useState<string | null>(null);
  const hint = pageTextHint(text);

  const picture = async (): Promise<ImageInput | null | undefined> => {
    if (mode === 'keep') return undefined;
    if (mode === 'none') return page?.imageId ? null : undefined;
    if (mode === 'photo') return photo ? { kind: 'photo', data: photo.data } : undefined;
    if (!pad.current?.changed()) return page ? undefined : null;
    return { kind: 'drawing', data: await blobToBase64(await pad.current.toPng()) };
  };

  const submit = useSubmit(
    async () => {
      const image = await picture();
      if (page) return api['childStory.updatePage']({ id: page.id, text, ...(image === undefined ? {} : { image }) });
      return api['childStory.addPage']({ caseId, text, image: image ?? null });
    },
    () => {
      announce(page ? t('page.saved', { n: number }) : t('page.added', { n: number }));
      if (!page) {
        setText('');
        setPhoto(null);
        setMode('draw');
      }
      onDone?.();
    },
  );

  const choosePhoto = async (file: File | undefined) => {
    setPhotoError(null);
    setPhoto(null);
    if (!file) return;
    const prepared = await preparePhoto(file);
    if ('error' in prepared) return setPhotoError(prepared.error);
    setPhoto({ data: prepared.data, preview: `data:image/jpeg;base64,${prepared.data}` });
  };

  const drawOnExisting = async () => {
    if (page?.imageId) setBackground(await imageUrl(page.imageId));
    setMode('draw');
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const label = page ? t('page.save', { n: number }) : t('page.add', { n: number });
  const error = submit.fieldErrors.image ?? (submit.fieldErrors.text ? null : submit.formError);
  return (
    <form className="page-editor" onSubmit={onSubmit} noValidate aria-label={label}>
      <TextArea
        label={t('page.text', { n: number })}
        hint={t('page.textHint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={2}
        maxLength={STORY_LIMITS.pageText}
        error={submit.fieldErrors.text}
      />
      {hint && <p className="notice">{hint}</p>}
      <fieldset className="page-editor__modes">
        <legend>{t('page.picture')}</legend>
        {page?.imageId && (
          <label>
            <input type="radio" name="picture" checked={mode === 'keep'} onChange={() => setMode('keep')} /> {t('page.keep')}
          </label>
        )}
        <label>
          <input type="radio" name="picture" checked={mode === 'draw'} onChange={() => setMode('draw')} /> {t('page.draw')}
        </label>
        <label>
          <input type="radio" name="picture" checked={mode === 'photo'} onChange={() => setMode('photo')} /> {t('page.photo')}
        </label>
        <label>
          <input type="radio" name="picture" checked={mode === 'none'} onChange={() => setMode('none')} /> {t('page.none')}
        </label>
      </fieldset>
      {mode === 'keep' && page?.imageId && (
        <div className="page-editor__keep">
          <StoryImage id={page.imageId} alt={t('page.pictureOf', { n: number })} className="page-editor__preview" />
          {page.imageKind === 'drawing' && (
            <button type="button" className="button button--small" onClick={() => void drawOnExisting()}>
              {t('page.drawMore')}
            </button>
          )}
        </div>
      )}
      {mode === 'draw' && <DrawingPad ref={pad} label={t('page.drawingOf', { n: number })} background={background} />}
      {mode === 'photo' && (
        <div className="page-editor__photo">
          <label className="page-editor__file">
            {t('page.choosePhoto')}
            <input type="file" accept="image/*" onChange={(e) => void choosePhoto(e.target.files?.[0])} />
          </label>
          {photo && <img src={photo.preview} alt={t('page.pictureOf', { n: number })} className="page-editor__preview" />}
          {photoError && (
            <p className="field__error" role="alert">
              {photoError}
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <FormActions label={label} disabled={submit.busy || (mode === 'photo' && !photo)} onCancel={onDone} />
    </form>
  );
}
