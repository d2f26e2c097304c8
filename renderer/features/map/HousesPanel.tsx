import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseItem } from '../../../shared/contract/map';
import { HOUSES, HOUSE_LABELS, type House } from '../../../shared/domain/houses';
import { cleanItemText } from '../../../shared/domain/map';
import { api } from '../../api';
import { DrawingView } from '../../ui/DrawingView';
import { useLoad } from '../../app/useLoad';
import { InlineError } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { useUndoableDelete } from '../../ui/Undo';
import './map.css';

export function useHouses(meetingId: string, sharedOnly = false) {
  return useLoad(
    () => api['map.houses']({ meetingId, sharedOnly }),
    [meetingId, sharedOnly],
    (event) => event.type === 'map.housesChanged' && event.id === meetingId,
  );
}

/** De tre huse in the console: the child's words as said, and per item whether the shared screen shows it. */
export function HousesPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('map');
  const loaded = useHouses(meetingId);
  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!loaded.data) return <p className="muted">{t('common:status.loading')}</p>;
  return (
    <div className="houses">
      <p className="muted small houses__hint">{t('houses.hint')}</p>
      <div className="houses__row">
        {HOUSES.map((house) => (
          <HouseColumn key={house} meetingId={meetingId} house={house} items={loaded.data!.filter((i) => i.house === house)} />
        ))}
      </div>
    </div>
  );
}

function HouseColumn({ meetingId, house, items }: { meetingId: string; house: House; items: HouseItem[] }) {
  const { t } = useTranslation('map');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `house-${house}`;
  const add = async () => {
    const clean = cleanItemText(text);
    if (!clean.ok) return setError(clean.message);
    try {
      await api['map.addHouseItem']({ meetingId, house, text: clean.text, shown: false });
      setText('');
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <section className={`house house--${house}`} aria-labelledby={`${inputId}-h`}>
      <h3 id={`${inputId}-h`}>{HOUSE_LABELS[house]}</h3>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('houses.entry', { house: HOUSE_LABELS[house] })}
      </label>
      <input
        id={inputId}
        value={text}
        placeholder={t('houses.placeholder')}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && void add()}
      />
      <InlineError message={error} />
      {/* The words go in at the top, so the entry line stays in view however much the child said. */}
      <ul>
        {items.map((item) => (
          <HouseItemRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** One quote; the "show" tick changes at once and is put back if saving fails. */
function HouseItemRow({ item }: { item: HouseItem }) {
  const { t } = useTranslation('map');
  const removeUndoably = useUndoableDelete();
  const [shown, setShown] = useState(item.shown);
  useEffect(() => setShown(item.shown), [item.shown]);
  const toggle = (value: boolean) => {
    setShown(value);
    api['map.updateHouseItem']({ id: item.id, shown: value }).catch(() => setShown(item.shown));
  };
  return (
    <li className="house__item">
      <q>{item.text}</q>
      {item.drawing && <DrawingView className="house__drawing" drawing={item.drawing} label={t('houses.drawing')} />}
      <label className="map-check">
        <input type="checkbox" checked={shown} onChange={(e) => toggle(e.target.checked)} />
        {t('houses.show')}
      </label>
      <button type="button" className="button map-small-button" onClick={() => void removeUndoably(() => api['map.deleteHouseItem']({ id: item.id }), t('houses.deleted', { house: HOUSE_LABELS[item.house] }))}>
        {t('item.delete')}
      </button>
    </li>
  );
}
