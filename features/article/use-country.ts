import { useEffect, useState } from 'preact/hooks';
import type { CountryCode } from '@/assets/content/countries';
import { loadSettings, saveSettings, type CountrySetting } from '@/core/vault/settings';
import { resolveCountry } from './country';

const browserLanguages = (): readonly string[] => (navigator.languages?.length ? navigator.languages : [navigator.language]);

interface CountryChoice {
  /** The country shown; null when none is chosen and the browser suggests none. */
  country: CountryCode | null;
  /** Whether the person chose it (else it is the browser's suggestion, or nothing). */
  chosen: boolean;
  /** Remember a choice, the way every setting is kept (core/vault/settings.ts). */
  choose: (country: CountryCode) => Promise<void>;
}

/** The resources screen's country: undefined until the setting is read, so nothing flashes. */
export function useCountry(): CountryChoice | undefined {
  const [setting, setSetting] = useState<CountrySetting | undefined>(undefined);
  useEffect(() => {
    void loadSettings().then((settings) => setSetting(settings.country), () => setSetting('auto'));
  }, []);
  if (setting === undefined) return undefined;
  return {
    country: resolveCountry(setting, browserLanguages()),
    chosen: setting !== 'auto',
    choose: async (country) => {
      setSetting(country);
      await saveSettings({ country });
    },
  };
}
