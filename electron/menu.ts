import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { menuEntries, type MenuPlace } from '../shared/shortcuts';
import { resources } from '../shared/i18n';

/**
 * The application menu, built from shared/shortcuts.ts so it shows exactly the keys the `?` overlay lists.
 * The renderer handles the keys itself (registerAccelerator: false keeps a single path, and keeps `?` typable
 * in text fields); a menu click sends the shortcut's id to the focused window as an `app.shortcut` event.
 */
function shortcutItems(place: MenuPlace): MenuItemConstructorOptions[] {
  return menuEntries(place, process.platform === 'darwin').map((entry) => ({
    label: entry.label,
    accelerator: entry.accelerator,
    registerAccelerator: false,
    click: () => BrowserWindow.getFocusedWindow()?.webContents.send('kreds:event', { type: 'app.shortcut', data: entry.id }),
  }));
}

export function buildMenu(): void {
  const names = resources.da.shortcuts.menu;
  const template: MenuItemConstructorOptions[] = [
    {
      label: names.file,
      submenu: [...shortcutItems('file'), { type: 'separator' }, { role: 'close', label: names.closeWindow }, { role: 'quit', label: names.quit }],
    },
    {
      label: names.edit,
      submenu: [
        { role: 'undo', label: names.undo },
        { role: 'redo', label: names.redo },
        { type: 'separator' },
        { role: 'cut', label: names.cut },
        { role: 'copy', label: names.copy },
        { role: 'paste', label: names.paste },
        { role: 'selectAll', label: names.selectAll },
      ],
    },
    { label: names.go, submenu: shortcutItems('go') },
    { label: names.view, submenu: [...shortcutItems('view'), { type: 'separator' }, { role: 'togglefullscreen', label: names.fullScreen }] },
    { label: names.meeting, submenu: shortcutItems('meeting') },
    {
      label: names.help,
      submenu: [
        ...shortcutItems('help'),
        { type: 'separator' },
        { label: names.about, click: () => void dialog.showMessageBox({ message: `Kreds ${app.getVersion()}` }) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
