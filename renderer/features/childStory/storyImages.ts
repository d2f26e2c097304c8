import { IMAGE_MESSAGES, readImage } from '../../../shared/domain/images';
import { api } from '../../api';

/**
 * Pictures to and from the host. A picture never changes under its id, so each is fetched once per window.
 * Photos are drawn again in the window before they are sent: at most 2000 pixels on the long side, as JPEG. That
 * keeps a story small enough for a case bundle and leaves behind what a phone writes into a photo (where and when
 * it was taken, the camera).
 */
const cache = new Map<string, Promise<string>>();

export function imageUrl(id: string): Promise<string> {
  let url = cache.get(id);
  if (!url) {
    url = api['childStory.image']({ id }).then((image) => `data:${image.mime};base64,${image.data}`);
    url.catch(() => cache.delete(id));
    cache.set(id, url);
  }
  return url;
}

export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

const PHOTO_LONG_SIDE = 2000;

/** A photo of a paper drawing, ready to send, or the same Danish message the host would give. */
export async function preparePhoto(file: File): Promise<{ data: string } | { error: string }> {
  const checked = readImage(new Uint8Array(await file.arrayBuffer()));
  if ('error' in checked) return checked;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { error: IMAGE_MESSAGES.damaged };
  }
  const scale = Math.min(1, PHOTO_LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
  if (!blob) return { error: IMAGE_MESSAGES.unreadable };
  return { data: await blobToBase64(blob) };
}
