import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { applyCoverIdentity, COVER_TITLES } from '@/core/cover-identity';
import { currentShortcut, shortcutSettingsPlace } from '@/core/shortcut';
import { hashCode, saveLock } from '@/core/vault/lock';
import { loadSettings, saveSettings, type CoverChoice, type Settings as SettingsRecord } from '@/core/vault/settings';
import { saveFailureMessage } from '@/features/app/messages';
import { forgetCachedLock, newCodeProblem } from '@/features/unlock/check-code';

const GRACE_CHOICES = [0, 1, 5];

/** Haven's settings, reachable only after the code. One place for every setting. */
export function Settings() {
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
      <ShortcutInfo />
    </>
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
