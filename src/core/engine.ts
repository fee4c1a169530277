/**
 * The engine's name and version. The version is part of every result's `id` and cache key: bump it whenever a
 * change to the core can change any output, so stale cached results are never served.
 */
export const ENGINE = 'newsbrief/0.14.0';
