type Contracts = typeof import('./contract-schemas');

let loaded: Contracts | null = null;
let loading: Promise<Contracts> | null = null;

/**
 * The zod schemas the phone checks its drafts and its stored answers with are a quarter of
 * its script (about 25 KB with brotli), and the first screen needs none of them. They come
 * in a chunk of their own: before the first render only when this phone already has
 * something stored for the session (then they are in its cache), otherwise when the person
 * joins (the profile form's submit), well before the first answer.
 */
export function loadContracts(): Promise<Contracts> {
  loading ??= import('./contract-schemas').then((m) => (loaded = m));
  return loading;
}

export function contractsLoaded(): boolean {
  return loaded !== null;
}

/** The schemas; only after loadContracts() resolved (the flow above makes sure). */
export function contracts(): Contracts {
  if (!loaded) throw new Error('the participant contracts are used before loadContracts() resolved');
  return loaded;
}
