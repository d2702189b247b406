import { describe, expect, it } from 'vitest';
import { phonesCannotReach } from './reach';

describe('whether students’ phones can open this address', () => {
  it('a school’s server, by name or by its address on the network, is reachable', () => {
    expect(phonesCannotReach({ protocol: 'https:', hostname: 'maps.school.example' })).toBeNull();
    expect(phonesCannotReach({ protocol: 'http:', hostname: '192.168.1.20' })).toBeNull();
    expect(phonesCannotReach({ protocol: 'http:', hostname: '10.0.0.5' })).toBeNull();
  });

  it('a file on this computer is not', () => {
    expect(phonesCannotReach({ protocol: 'file:', hostname: '' })).toBe('file');
  });

  it('an address that names this computer only is not', () => {
    for (const hostname of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '0.0.0.0'])
      expect(phonesCannotReach({ protocol: 'http:', hostname }), hostname).toBe('loopback');
  });
});
