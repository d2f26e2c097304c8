/**
 * The OS keyring through @napi-rs/keyring (keyring-rs): macOS Keychain, Windows Credential Manager, and on Linux the
 * Secret Service (GNOME Keyring, KWallet). On Linux it is pinned to the Secret Service: the library's other Linux
 * store, the kernel keyring, forgets everything at reboot, which would lose the database key.
 */
export interface Keyring {
  get(account: string): string | null;
  set(account: string, key: string): void;
}

const SERVICE = 'Kreds';
const options = process.platform === 'linux' ? { linux: { store: 'secret-service' as const } } : undefined;

/**
 * The keyring, or null when none answers here (no Secret Service on the session bus, a headless machine, or no build
 * of the binding for this platform).
 */
export async function osKeyring(): Promise<Keyring | null> {
  let Entry: typeof import('@napi-rs/keyring').Entry;
  try {
    ({ Entry } = await import('@napi-rs/keyring'));
  } catch {
    return null;
  }
  const keyring: Keyring = {
    get: (account) => new Entry(SERVICE, account, options).getPassword() ?? null,
    set: (account, key) => new Entry(SERVICE, account, options).setPassword(key),
  };
  try {
    keyring.get('kreds-probe');
    return keyring;
  } catch {
    return null;
  }
}
