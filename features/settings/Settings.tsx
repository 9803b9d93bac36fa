import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { applyCoverIdentity, COVER_TITLES } from '@/core/cover-identity';
import { currentShortcut, shortcutSettingsPlace } from '@/core/shortcut';
import { hashCode, saveLock } from '@/core/vault/lock';
import { isSafePageUrl, loadSettings, saveSettings, type CoverChoice, type Settings as SettingsRecord } from '@/core/vault/settings';
import { saveFailureMessage } from '@/features/app/messages';
import { forgetCachedLock, newCodeProblem } from '@/features/unlock/check-code';
import { startsWithEraseCode } from './wipe-code';
import { WipeCode } from './WipeCode';

const GRACE_CHOICES = [0, 1, 5];

/** Haven's settings, reachable only after the code. One place for every setting. */
export function Settings({ onBackup }: { onBackup?: () => void }) {
  const [settings, setSettings] = useState<SettingsRecord | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);

  const update = async (patch: Partial<SettingsRecord>, after?: (next: SettingsRecord) => Promise<void>) => {
    try {
      const next = await saveSettings(patch);
      setSettings(next);
      await after?.(next);
      setStatus('Saved.');
    } catch (error) {
      setStatus(saveFailureMessage(error));
    }
  };

  if (!settings) return <h1 id="haven-title">Settings</h1>;
  return (
    <>
      <h1 id="haven-title">Settings</h1>
      <p class="status" role="status">{status}</p>
      <ChangeCode />
      <fieldset>
        <legend>Toolbar icon and name</legend>
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
        <p class="field-hint">The popup stays a working calculator whichever you choose.</p>
      </fieldset>
      <div class="field">
        <label for="grace">Reopening within a few minutes</label>
        <select id="grace" value={String(settings.graceMinutes)} onChange={(event) => void update({ graceMinutes: Number(event.currentTarget.value) })}>
          {GRACE_CHOICES.map((minutes) => (
            <option value={String(minutes)} key={minutes}>
              {minutes === 0 ? 'Always show the calculator first' : `Skip the calculator for ${minutes} minute${minutes > 1 ? 's' : ''}`}
            </option>
          ))}
        </select>
      </div>
      <SafePage settings={settings} update={update} />
      <ShortcutInfo />
      <WipeCode onBackup={onBackup} />
    </>
  );
}

const SAFE_PAGE_SUGGESTIONS = [
  { url: 'https://www.bbc.com/weather', label: 'A weather page' },
  { url: 'https://news.google.com/', label: 'A news page' },
  { url: 'https://www.wikipedia.org/', label: 'Wikipedia' },
];

interface SafePageProps {
  settings: SettingsRecord;
  update: (patch: Partial<SettingsRecord>) => Promise<void>;
}

/** Where the tab the user was on goes after a quick close, and whether Haven tabs close too. */
function SafePage({ settings, update }: SafePageProps) {
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
    if (!isSafePageUrl(url)) return setProblem('Type a web address, like weather.example.com.');
    setProblem(null);
    void update({ safePage: url });
  };

  return (
    <form onSubmit={saveAddress} aria-labelledby="safe-page-title">
      <h2 id="safe-page-title">After a quick close</h2>
      <div class="field">
        <label for="safe-page">The tab you were on goes to</label>
        <select id="safe-page" value={choice} onChange={(event) => choose(event.currentTarget.value)}>
          <option value="none">Nowhere, it stays as it is</option>
          {SAFE_PAGE_SUGGESTIONS.map((page) => (
            <option value={page.url} key={page.url}>{page.label}</option>
          ))}
          <option value="other">Another page…</option>
        </select>
      </div>
      {custom && (
        <>
          <Field label="Web address" value={address} onInput={setAddress} error={problem} />
          <button type="submit">Use this page</button>
        </>
      )}
      <label class="choice">
        <input type="checkbox" checked={settings.closeTabs} onChange={(event) => void update({ closeTabs: event.currentTarget.checked })} />
        Also close Haven pages open in tabs
      </label>
    </form>
  );
}

function ChangeCode() {
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    const problem = newCodeProblem(code, again);
    setMessage(problem);
    if (problem) return;
    try {
      // Typing the new code must never erase everything: it may not start with the erase code.
      if (await startsWithEraseCode(code)) return setMessage('This code starts with your erase code. Choose a different one.');
      await saveLock(await hashCode(code));
      forgetCachedLock();
      setCode('');
      setAgain('');
      setDone(true);
    } catch (error) {
      setMessage(saveFailureMessage(error));
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="change-code">
      <h2 id="change-code">Change the code</h2>
      <Field label="New code (4 to 12 digits)" type="password" numeric value={code} onInput={setCode} maxLength={12} />
      <Field label="Type the new code again" type="password" numeric value={again} onInput={setAgain} maxLength={12} error={message} />
      {done && <p role="status">The code is changed. Use the new one from now on.</p>}
      <button type="submit">Change the code</button>
    </form>
  );
}

function ShortcutInfo() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => void currentShortcut().then(setShortcut), []);
  return (
    <section aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">Quick close shortcut</h2>
      <p>
        {shortcut ? <>Now: <kbd>{shortcut}</kbd>. </> : shortcut === '' ? <>No shortcut is set, or another extension took it. </> : null}
        To see or change it, open <code>{shortcutSettingsPlace()}</code>.
      </p>
    </section>
  );
}
