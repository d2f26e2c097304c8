/**
 * Where Electron puts the shared screen, as pure rules (no `electron` import, so they are unit-tested): like
 * PowerPoint's presenter mode, full screen on a display the console is not on (the projector or TV) when there is
 * one, otherwise a 1280×720 window on the console's display to drag there. A display plugged in mid-meeting takes the
 * shared screen; a display unplugged gives it back to the console's display as a window.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** The part not covered by task bars and docks. */
  workArea: Rect;
}

export interface Placement {
  displayId: number;
  bounds: Rect;
  fullscreen: boolean;
}

export const WINDOWED = { width: 1280, height: 720 } as const;

/**
 * The placement for the shared screen. `consoleDisplayId`: the display the facilitator's window is on. `preferred`:
 * a display just plugged in, which wins when it is not the console's.
 */
export function sharedScreenPlacement(displays: DisplayInfo[], consoleDisplayId: number, preferred?: number): Placement {
  const console = displays.find((d) => d.id === consoleDisplayId) ?? displays[0]!;
  const others = displays.filter((d) => d.id !== console.id);
  const external = others.find((d) => d.id === preferred) ?? [...others].sort((a, b) => area(b.bounds) - area(a.bounds))[0];
  if (external) return { displayId: external.id, bounds: external.bounds, fullscreen: true };
  const { workArea } = console;
  const width = Math.min(WINDOWED.width, workArea.width);
  const height = Math.min(WINDOWED.height, workArea.height);
  return {
    displayId: console.id,
    bounds: { x: workArea.x + Math.round((workArea.width - width) / 2), y: workArea.y + Math.round((workArea.height - height) / 2), width, height },
    fullscreen: false,
  };
}

function area(rect: Rect): number {
  return rect.width * rect.height;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SHARED_SCREEN_ROUTES = [
  new RegExp(`^/presenter/${UUID}$`, 'i'),
  new RegExp(`^/meetings/${UUID}/map/presenter(\\?view=(map|scaling|houses))?$`, 'i'),
  new RegExp(`^/cases/${UUID}/network-map/present$`, 'i'),
  new RegExp(`^/cases/${UUID}/(safety-plan|child-story)/present$`, 'i'),
];

/**
 * The shared-screen route a window.open asks for (`…index.html#/presenter/<id>`, the map's `…/map/presenter?view=…`,
 * the network map's `…/network-map/present`, the safety plan's and Barnets bog's `…/safety-plan/present`,
 * `…/child-story/present`), or null for anything else, which Electron's window rules deny.
 */
export function sharedScreenRoute(url: string): string | null {
  const hash = url.indexOf('#');
  if (hash < 0) return null;
  const route = url.slice(hash + 1);
  return SHARED_SCREEN_ROUTES.some((pattern) => pattern.test(route)) ? route : null;
}
