import { describe, expect, it } from 'vitest';
import { lanAddress } from './lanAddress';

const nic = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
  ({ address, family, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` }) as never;

describe('the address phones use', () => {
  it('is the private IPv4 address of the room\'s Wi-Fi or the hotspot, never loopback or IPv6', () => {
    expect(lanAddress({ lo: [nic('127.0.0.1', true)], docker0: [nic('203.0.113.5')], wlan0: [nic('fe80::1', false, 'IPv6'), nic('192.168.1.23')] })).toBe('192.168.1.23');
    expect(lanAddress({ hotspot: [nic('172.20.10.1')] })).toBe('172.20.10.1');
    expect(lanAddress({ eth: [nic('10.0.0.7')] })).toBe('10.0.0.7');
  });

  it('falls back to any external IPv4, then to loopback when the laptop is on no network', () => {
    expect(lanAddress({ eth: [nic('203.0.113.5')] })).toBe('203.0.113.5');
    expect(lanAddress({ lo: [nic('127.0.0.1', true)] })).toBe('127.0.0.1');
  });
});
