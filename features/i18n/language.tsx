import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { locale, resolveLang, translator, type Lang, type LanguageSetting } from '@/core/i18n/translate';
import { loadSettings, saveSettings } from '@/core/vault/settings';

interface Language {
  lang: Lang;
  setting: LanguageSetting;
  /** Save a new choice and show every Haven screen in it at once. */
  choose: (setting: LanguageSetting) => Promise<void>;
}

const browserLanguages = (): readonly string[] => (navigator.languages?.length ? navigator.languages : [navigator.language]);

const LanguageContext = createContext<Language>({
  lang: 'en',
  setting: 'auto',
  choose: async () => undefined,
});

/**
 * The language of everything below it, from the `language` setting. Renders nothing until the
 * setting is read (one small local read), so a Spanish screen never flashes in English first.
 */
export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const [setting, setSetting] = useState<LanguageSetting | null>(null);
  useEffect(() => {
    void loadSettings().then((settings) => setSetting(settings.language), () => setSetting('auto'));
  }, []);

  const value = useMemo<Language | null>(() => {
    if (setting === null) return null;
    return {
      lang: resolveLang(setting, browserLanguages()),
      setting,
      choose: async (next) => {
        await saveSettings({ language: next });
        setSetting(next);
      },
    };
  }, [setting]);

  useEffect(() => {
    if (value) document.documentElement.lang = value.lang;
  }, [value?.lang]);

  if (!value) return null;
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** A feature's words in the current language: `t(key, params)` for sentences, `words` for lists. */
export function useT<S>(strings: Record<Lang, S>) {
  const { lang } = useLanguage();
  return useMemo(() => ({ lang, words: strings[lang], t: translator(strings[lang], lang), locale: locale(lang, browserLanguages()) }), [lang, strings]);
}
