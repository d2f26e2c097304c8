import os from 'node:os';

type Interfaces = ReturnType<typeof os.networkInterfaces>;

/**
 * The address phones use to reach this laptop: a private IPv4 address on the room's Wi-Fi or the laptop's own hotspot
 * (10/8, 172.16/12, 192.168/16), else any other external IPv4, else loopback (then only this machine can join, and the
 * console says the laptop is on no network).
 */
export function lanAddress(interfaces: Interfaces = os.networkInterfaces()): string {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
  const isPrivate = (a: string) => /^10\./.test(a) || /^192\.168\./.test(a) || /^172\.(1[6-9]|2\d|3[01])\./.test(a);
  return candidates.find(isPrivate) ?? candidates[0] ?? '127.0.0.1';
}
