import { describe, expect, it } from 'vitest';
import { BUILDS, readManifest, STORE_BUILDS, type BuiltManifest } from './built';

// The manifest is part of the disguise and of the security promise: this pins every field an
// observer or a web page could use, in the BUILT manifests of both browsers.

const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";
const REVEALING =
  /haven|abuse|abusive|narciss|journal|diary|safety|safe|escape|panic|victim|violence|coerci|leave|secret|hidden|privacy|private|abuso|maltrato|narcis|diario|seguridad|p[aá]nico|escapar|huir|violencia|v[ií]ctima|secreto|privad/i;
const ICONS = { 16: 'icons/calculator-16.png', 32: 'icons/calculator-32.png', 48: 'icons/calculator-48.png', 128: 'icons/calculator-128.png' };

/** Strings a viewer of chrome://extensions, about:addons or the shortcuts page would see. */
function visibleStrings(manifest: BuiltManifest): string[] {
  const commands = Object.values(manifest.commands ?? {});
  return [
    manifest.name,
    manifest.short_name,
    manifest.description,
    manifest.action?.default_title,
    ...commands.map((command) => command.description),
  ].filter((value): value is string => typeof value === 'string');
}

describe.each(Object.entries(STORE_BUILDS))('the %s store manifest', (browser, dir) => {
  const manifest = readManifest(dir);

  it('is Manifest V3 with the neutral name, description, title and calculator icons', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Pocket Calculator');
    expect(manifest.short_name).toBe('Calculator');
    expect(manifest.description).toBe('A small, quick calculator in your toolbar.');
    expect(manifest.icons).toEqual(ICONS);
    expect(manifest.action).toEqual({ default_title: 'Calculator', default_icon: ICONS, default_popup: 'popup.html' });
  });

  it('says nothing revealing in any field a viewer sees', () => {
    const strings = visibleStrings(manifest);
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const text of strings) expect(text).not.toMatch(REVEALING);
  });

  // activeTab: "Capture this page". What it adds to what an observer sees, in both browsers, is
  // in README's permissions table, and read from the browsers by tests/e2e/specs/capture.spec.ts.
  it('asks for storage (and room for it in Chrome) and activeTab only: no host access, content scripts or web-accessible resources', () => {
    expect(manifest.permissions).toEqual(browser === 'firefox' ? ['storage', 'activeTab'] : ['storage', 'unlimitedStorage', 'activeTab']);
    for (const field of ['host_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable', 'optional_permissions']) {
      expect(manifest, field).not.toHaveProperty(field);
    }
  });

  it('declares the quick-close shortcut with a neutral description', () => {
    expect(manifest.commands).toEqual({
      'quick-close': { suggested_key: { default: 'Alt+Shift+Z' }, description: 'Close the calculator' },
    });
  });

  it('keeps extension pages to our own scripts', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  it('has exactly the fields we chose, and nothing else', () => {
    const expected = ['manifest_version', 'name', 'short_name', 'description', 'version', 'icons', 'action', 'permissions', 'commands', 'content_security_policy', 'background'];
    if (browser === 'firefox') expected.push('browser_specific_settings');
    expect(Object.keys(manifest).sort()).toEqual(expected.sort());
  });

  if (browser === 'firefox') {
    it('names a neutral gecko id, a minimum version and no data collection', () => {
      expect(manifest.browser_specific_settings).toEqual({
        gecko: {
          id: '{3f0b7c52-8d4e-4a61-9b2f-6c1e5a7d9e40}',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      });
      expect(manifest.background).toEqual({ scripts: ['background.js'] });
    });
  } else {
    it('runs its background as a service worker', () => {
      expect(manifest.background).toEqual({ service_worker: 'background.js' });
    });
  }
});

describe('the test builds', () => {
  it('have the same manifests as the store builds', () => {
    expect(readManifest(BUILDS.chromeE2e)).toEqual(readManifest(BUILDS.chrome));
    expect(readManifest(BUILDS.firefoxE2e)).toEqual(readManifest(BUILDS.firefox));
  });
});
