import { z } from 'zod';
import { IMAGE_KINDS, STORY_LIMITS as L, type ImageKind } from '../domain/childStory';
import { IMAGE_MESSAGES, MAX_IMAGE_BASE64, type ImageMime } from '../domain/images';
import { channel, idInput, optionalText } from './define';
import type { CaseVersion, ScreenPosition } from './versions';

const id = z.string().uuid();

/** A drawing from the drawing pad or a photo of a paper drawing, as base64; its type and size are checked on the host. */
export const imageInput = z
  .object({
    kind: z.enum(IMAGE_KINDS),
    data: z
      .string()
      .max(MAX_IMAGE_BASE64, 'Billedet fylder for meget. Det må højst fylde 10 MB.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, IMAGE_MESSAGES.unreadable),
  })
  .strict();
export type ImageInput = z.input<typeof imageInput>;

/** The page's text is checked by the service, so an empty page gets the plain message of shared/domain/childStory.ts. */
const pageText = z.string().max(L.pageText, `Må højst være ${L.pageText} tegn`);

export const addPageInput = z.object({ caseId: id, text: pageText, image: imageInput.nullable().optional().default(null) }).strict();
/** `image` left out keeps the picture; null removes it. */
export const updatePageInput = z.object({ id, text: pageText, image: imageInput.nullable().optional() }).strict();

export interface StoryPage {
  id: string;
  position: number;
  text: string;
  imageId: string | null;
  imageKind: ImageKind | null;
  hint: string | null;
  /** Since the newest version: new, changed, or unchanged (null; also before the first version). */
  sinceVersion: 'new' | 'changed' | null;
}

export type StoryVersion = CaseVersion;

export interface StoryDetail {
  caseId: string;
  childName: string;
  story: { title: string; writtenBy: string } | null;
  pages: StoryPage[];
  versions: StoryVersion[];
  sinceVersion: { line: string; changed: boolean } | null;
  /** Meetings a version can belong to (running or held), newest first. */
  meetings: { id: string; startsAt: string; status: 'running' | 'held' }[];
  /** The shared screen: 0 is the cover, then one screen per page. */
  shownPage: number;
  municipality: string;
}

export interface StoryImage {
  id: string;
  mime: ImageMime;
  width: number;
  height: number;
  data: string;
}

export const childStoryContract = {
  'childStory.get': channel<StoryDetail>()(z.object({ caseId: id }).strict()),
  'childStory.save': channel<StoryDetail>()(
    z.object({ caseId: id, title: z.string().trim().min(1, 'Giv bogen en titel').max(L.title), writtenBy: optionalText(L.writtenBy) }).strict(),
  ),
  'childStory.addPage': channel<StoryPage>()(addPageInput),
  'childStory.updatePage': channel<StoryPage>()(updatePageInput),
  'childStory.movePage': channel<null>()(z.object({ id, toIndex: z.number().int().min(0).max(L.pages) }).strict()),
  'childStory.deletePage': channel<null>()(idInput),
  'childStory.image': channel<StoryImage>()(idInput),
  'childStory.saveVersion': channel<StoryVersion>()(z.object({ caseId: id, meetingId: id.nullable() }).strict()),
  'childStory.showPage': channel<ScreenPosition>()(z.object({ caseId: id, page: z.number().int().min(0).max(L.pages) }).strict()),
};
