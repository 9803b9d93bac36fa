import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * WXT's fakeBrowser has no `storage.local.getKeys` (Chrome 130, Firefox 143); give it the real
 * behaviour, so unit tests take the path the browsers take. Tests of the fallback delete it.
 */
const local = fakeBrowser.storage.local as typeof fakeBrowser.storage.local & { getKeys?: () => Promise<string[]> };
local.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
