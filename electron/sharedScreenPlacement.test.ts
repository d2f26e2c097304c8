import { describe, expect, it } from 'vitest';
import { sharedScreenPlacement, sharedScreenRoute, type DisplayInfo } from './sharedScreenPlacement';

const display = (id: number, x: number, width: number, height: number, taskbar = 0): DisplayInfo => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - taskbar },
});
const laptop = display(1, 0, 1920, 1080, 40);
const projector = display(2, 1920, 1280, 720);
const tv = display(3, 3200, 3840, 2160);

describe('where the shared screen goes', () => {
  it('with only the laptop: a 1280×720 window in the middle of its work area, to drag to the projector', () => {
    expect(sharedScreenPlacement([laptop], 1)).toEqual({ displayId: 1, bounds: { x: 320, y: 160, width: 1280, height: 720 }, fullscreen: false });
  });

  it('with a projector: full screen on it', () => {
    expect(sharedScreenPlacement([laptop, projector], 1)).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
  });

  it('on the display the console is not on, whichever is primary', () => {
    expect(sharedScreenPlacement([laptop, projector], 2)).toMatchObject({ displayId: 1, fullscreen: true });
  });

  it('with two other displays: the larger, unless one was just plugged in', () => {
    expect(sharedScreenPlacement([laptop, projector, tv], 1).displayId).toBe(3);
    expect(sharedScreenPlacement([laptop, projector, tv], 1, 2).displayId).toBe(2);
  });

  it('a display plugged in where the console is does not take it', () => {
    expect(sharedScreenPlacement([laptop, projector], 2, 2).displayId).toBe(1);
  });

  it('a small screen gets a window no larger than it', () => {
    expect(sharedScreenPlacement([display(1, 0, 1024, 768, 48)], 1).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 720 });
  });

  it('an unknown console display counts as the first', () => {
    expect(sharedScreenPlacement([laptop, projector], 99)).toMatchObject({ displayId: 2, fullscreen: true });
  });
});

describe('which links may open the shared screen', () => {
  const id = '2f1c7e0a-8b7d-4c3e-9a51-0d6f2b9c4e11';
  it.each([
    [`file:///opt/kreds/index.html#/presenter/${id}`, `/presenter/${id}`],
    [`file:///opt/kreds/index.html#/meetings/${id}/map/presenter?view=scaling`, `/meetings/${id}/map/presenter?view=scaling`],
    [`file:///opt/kreds/index.html#/meetings/${id}/map/presenter`, `/meetings/${id}/map/presenter`],
    [`file:///opt/kreds/index.html#/cases/${id}/network-map/present`, `/cases/${id}/network-map/present`],
    [`file:///opt/kreds/index.html#/meetings/${id}/map/presenter?view=../../etc`, null],
    [`file:///opt/kreds/index.html#/cases/${id}/safety-plan/present`, `/cases/${id}/safety-plan/present`],
    [`file:///opt/kreds/index.html#/cases/${id}/child-story/present`, `/cases/${id}/child-story/present`],
    [`file:///opt/kreds/index.html#/cases/${id}/child-story/present/x`, null],
    [`file:///opt/kreds/index.html#/cases/${id}`, null],
    [`file:///opt/kreds/index.html#/presenter/${id}/../settings`, null],
    ['https://example.org/#/presenter/' + id, `/presenter/${id}`],
    ['file:///etc/passwd', null],
  ])('%s → %s', (url, route) => {
    expect(sharedScreenRoute(url)).toBe(route);
  });
});
