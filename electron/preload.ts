import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, type KredsEvent } from '../shared/contract';

/**
 * The renderer's only door to the host: one function per contract channel, plus event subscription.
 * Every function returns the host's Result envelope; renderer/api.ts turns failures into KredsError.
 */
const calls = Object.fromEntries(channelNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke('kreds:call', name, input)]));

contextBridge.exposeInMainWorld('kreds', {
  ...calls,
  onEvent(listener: (event: KredsEvent) => void): () => void {
    const wrapped = (_event: IpcRendererEvent, payload: KredsEvent) => listener(payload);
    ipcRenderer.on('kreds:event', wrapped);
    return () => ipcRenderer.removeListener('kreds:event', wrapped);
  },
});
