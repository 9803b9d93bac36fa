import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { applyCoverIdentity, COVER_TITLES } from '@/core/cover-identity';
import type { LanguageSetting } from '@/core/i18n/translate';
import { currentShortcut, shortcutSettingsPlace } from '@/core/shortcut';
import { isSafePageUrl, loadSettings, saveSettings, type CoverChoice, type Settings as SettingsRecord } from '@/core/vault/settings';
import type { ScreenProps } from '@/components/screen';
import { useSaving } from '@/components/useSaving';
import { useLanguage, useT } from '@/features/i18n/language';
import { codeProblemText, newCodeProblem } from '@/features/unlock/new-code';
import { LANGUAGE_NAMES, STRINGS } from './strings';
import { changeUnlockCode } from './change-code';
import { passphraseProblem } from './passphrase-check';
import { startsWithDecoyCode } from './decoy-code';
import { DecoyCode } from './DecoyCode';
import { startsWithEraseCode } from './wipe-code';
import { WipeCode } from './WipeCode';

const GRACE_CHOICES = [0, 1, 5];
const IDLE_CHOICES = [1, 5, 15, 30];

/** Haven's settings, reachable only after the code. One place for every setting. */
export function Settings({ go }: ScreenProps) {
  const { t } = useT(STRINGS);
  const [settings, setSettings] = useState<SettingsRecord | null>(null);
  const saving = useSaving();
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);

  /** Save, then show "Saved." (or, on a failure, the words for it, in the language shown). */
  const saveAnd = (task: () => Promise<void>) =>
    saving.run(async () => {
      setSaved(false);
      await task();
      setSaved(true);
    });
  const update = (patch: Partial<SettingsRecord>, after?: (next: SettingsRecord) => Promise<void>) =>
    saveAnd(async () => {
      const next = await saveSettings(patch);
      setSettings(next);
      await after?.(next);
    });

  if (!settings) return <h1 id="haven-title">{t('title')}</h1>;
  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p class="status" role="status">{saving.problem ?? (saved ? t('saved') : '')}</p>
      <LanguageChoice save={saveAnd} />
      <ChangeCode />
      <fieldset>
        <legend>{t('coverLegend')}</legend>
        {(Object.keys(COVER_TITLES) as CoverChoice[]).map((cover) => (
          <label class="choice" key={cover}>
            <input
              type="radio"
              name="cover"
              checked={settings.cover === cover}
              onChange={() => void update({ cover }, (next) => applyCoverIdentity(next.cover))}
            />
            <img src={`/icons/${cover}-32.png`} alt="" width={20} height={20} /> {COVER_TITLES[cover]}
          </label>
        ))}
        <p class="field-hint">{t('coverHint')}</p>
      </fieldset>
      <GraceChoice current={settings.graceMinutes} update={update} />
      <div class="field">
        <label for="idle-lock">{t('idleLabel')}</label>
        <select id="idle-lock" value={String(settings.autoLockMinutes)} onChange={(event) => void update({ autoLockMinutes: Number(event.currentTarget.value) })}>
          {[...new Set([...IDLE_CHOICES, settings.autoLockMinutes])].sort((a, b) => a - b).map((minutes) => (
            <option value={String(minutes)} key={minutes}>{t('idleAfter', { count: minutes })}</option>
          ))}
        </select>
      </div>
      <SafePage settings={settings} update={update} />
      <ShortcutInfo />
      <WipeCode onBackup={() => go('backup')} />
      <DecoyCode />
    </>
  );
}

/**
 * Reopening within a few minutes: turning it off saves at once; skipping the calculator needs
 * the passphrase (otherwise anyone at the open popup could make the next open skip the code).
 */
function GraceChoice({ current, update }: { current: number; update: (patch: Partial<SettingsRecord>) => Promise<void> }) {
  const { t } = useT(STRINGS);
  const [wanted, setWanted] = useState(current);
  const [passphrase, setPassphrase] = useState('');
  const { busy, problem, setProblem, run } = useSaving();
  const choose = (minutes: number) => {
    setWanted(minutes);
    setProblem(null);
    if (minutes === 0) void update({ graceMinutes: 0 });
  };
  const confirm = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const refused = await passphraseProblem(passphrase);
      if (refused) return setProblem(t(refused));
      setPassphrase('');
      await update({ graceMinutes: wanted });
    });
  };
  return (
    <form onSubmit={confirm} aria-labelledby="grace-label">
      <div class="field">
        <label id="grace-label" for="grace">{t('graceLabel')}</label>
        <select id="grace" value={String(wanted)} onChange={(event) => choose(Number(event.currentTarget.value))}>
          {GRACE_CHOICES.map((minutes) => (
            <option value={String(minutes)} key={minutes}>
              {minutes === 0 ? t('graceOff') : t('graceSkip', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      {wanted !== current && wanted > 0 && (
        <>
          <Field label={t('passphraseToSkip')} type="password" value={passphrase} onInput={setPassphrase} error={problem} />
          <button type="submit" disabled={busy}>{t('skipConfirm')}</button>
        </>
      )}
    </form>
  );
}

const SAFE_PAGE_SUGGESTIONS = [
  { url: 'https://www.bbc.com/weather', label: 'safePageWeather' },
  { url: 'https://news.google.com/', label: 'safePageNews' },
  { url: 'https://www.wikipedia.org/', label: 'safePageWikipedia' },
] as const;

/** "Language" / "Idioma": each language named in itself, applied to every screen at once. */
function LanguageChoice({ save }: { save: (task: () => Promise<void>) => Promise<void> }) {
  const { setting, choose } = useLanguage();
  const { t } = useT(STRINGS);
  const change = (value: LanguageSetting) => save(() => choose(value));
  return (
    <div class="field">
      <label for="language">{t('language')}</label>
      <select id="language" value={setting} onChange={(event) => void change(event.currentTarget.value as LanguageSetting)}>
        <option value="auto">{t('languageAuto')}</option>
        {(Object.keys(LANGUAGE_NAMES) as (keyof typeof LANGUAGE_NAMES)[]).map((lang) => (
          <option value={lang} lang={lang} key={lang}>{LANGUAGE_NAMES[lang]}</option>
        ))}
      </select>
    </div>
  );
}

interface SafePageProps {
  settings: SettingsRecord;
  update: (patch: Partial<SettingsRecord>) => Promise<void>;
}

/** Where the tab the user was on goes after a quick close, and whether Haven tabs close too. */
function SafePage({ settings, update }: SafePageProps) {
  const { t } = useT(STRINGS);
  const suggested = SAFE_PAGE_SUGGESTIONS.some((page) => page.url === settings.safePage);
  const [custom, setCustom] = useState(!suggested && settings.safePage !== null);
  const [address, setAddress] = useState(suggested ? '' : settings.safePage ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const choice = custom ? 'other' : settings.safePage ?? 'none';

  const choose = (value: string) => {
    setCustom(value === 'other');
    setProblem(null);
    if (value !== 'other') void update({ safePage: value === 'none' ? null : value });
  };
  const saveAddress = (event: Event) => {
    event.preventDefault();
    const url = /^[a-z]+:/i.test(address.trim()) ? address.trim() : `https://${address.trim()}`;
    if (!isSafePageUrl(url)) return setProblem(t('webAddressProblem'));
    setProblem(null);
    void update({ safePage: url });
  };

  return (
    <form onSubmit={saveAddress} aria-labelledby="safe-page-title">
      <h2 id="safe-page-title">{t('safePageTitle')}</h2>
      <div class="field">
        <label for="safe-page">{t('safePageLabel')}</label>
        <select id="safe-page" value={choice} onChange={(event) => choose(event.currentTarget.value)}>
          <option value="none">{t('safePageNone')}</option>
          {SAFE_PAGE_SUGGESTIONS.map((page) => (
            <option value={page.url} key={page.url}>{t(page.label)}</option>
          ))}
          <option value="other">{t('safePageOther')}</option>
        </select>
      </div>
      {custom && (
        <>
          <Field label={t('webAddress')} value={address} onInput={setAddress} error={problem} />
          <button type="submit">{t('usePage')}</button>
        </>
      )}
      <p class="field-hint">{t('safePageAfterRestart')}</p>
      <label class="choice">
        <input type="checkbox" checked={settings.closeTabs} onChange={(event) => void update({ closeTabs: event.currentTarget.checked })} />
        {t('closeTabs')}
      </label>
    </form>
  );
}

function ChangeCode() {
  const { t, lang } = useT(STRINGS);
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [done, setDone] = useState(false);
  const { problem: message, setProblem: setMessage, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    const problem = newCodeProblem(code, again);
    setMessage(problem && codeProblemText(problem, lang));
    if (problem) return;
    await run(async () => {
      const refused = await passphraseProblem(passphrase);
      if (refused) return setMessage(t(refused));
      // Typing the new code must never erase everything: it may not start with the erase code.
      if (await startsWithEraseCode(code)) return setMessage(t('codeStartsWithErase'));
      // Nor with the decoy code: the decoy typed in front of him, then a slip, must not open this space.
      if (await startsWithDecoyCode(code)) return setMessage(t('codeStartsWithDecoy'));
      await changeUnlockCode(code);
      setCode('');
      setAgain('');
      setPassphrase('');
      setDone(true);
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="change-code">
      <h2 id="change-code">{t('changeCode')}</h2>
      <Field label={t('newCode')} type="password" numeric value={code} onInput={setCode} maxLength={12} />
      <Field label={t('newCodeAgain')} type="password" numeric value={again} onInput={setAgain} maxLength={12} />
      <Field label={t('passphraseToChangeCode')} type="password" value={passphrase} onInput={setPassphrase} error={message} />
      {done && <p role="status">{t('codeChanged')}</p>}
      <button type="submit">{t('changeCode')}</button>
    </form>
  );
}

function ShortcutInfo() {
  const { t, lang } = useT(STRINGS);
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => void currentShortcut().then(setShortcut), []);
  return (
    <section aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">{t('shortcutTitle')}</h2>
      <p>
        {shortcut ? <>{t('shortcutNow')} <kbd>{shortcut}</kbd>. </> : shortcut === '' ? <>{t('shortcutNone')} </> : null}
        {t('shortcutWhere')} <code>{shortcutSettingsPlace(lang)}</code>.
      </p>
    </section>
  );
}
