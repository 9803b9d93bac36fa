import { useEffect, useState } from 'preact/hooks';
import { PanicButton } from '@/components/PanicButton';
import type { Go, ScreenDefinition, ScreenStart } from '@/components/screen';
import { usePanicGestures } from '@/components/usePanicGestures';
import { prefsKeyWasTyped } from '@/core/session';
import { recordAttempt } from '@/core/vault/attempts';
import { ensureDecoyRecords } from '@/core/vault/decoy';
import { watchSettings } from '@/core/vault/settings';
import { STRINGS as FILE_STRINGS } from '@/features/attachments/strings';
import { AttemptsLine } from '@/features/attempts/AttemptsLine';
import { LanguageProvider, useT } from '@/features/i18n/language';
import { PassphraseGate } from '@/features/unlock/PassphraseGate';
import { SCREENS } from './screens';
import { STRINGS } from './strings';
import { useIdleLock } from './useIdleLock';
import { useSessionKey } from './useSessionKey';
import '@/assets/haven.css';

import { openSpace } from './open-space';

/** Haven after the code: loaded only after unlock, never part of the cover's code. */
function Haven() {
  usePanicGestures();
  return (
    <LanguageProvider>
      <Shell screens={SCREENS} />
    </LanguageProvider>
  );
}

/**
 * Haven's shell owns the session: one idle timer for every screen, one passphrase gate, and
 * the data key handed to the screens that need it. When the session locks (idle, or another
 * trigger), a screen that needs the key is replaced by the gate at once, so nothing decrypted
 * stays on the page; the screens themselves never ask whether they are unlocked.
 *
 *   home ──go(id)──▶ screen (no key needed)
 *   home ──go(id)──▶ gate ──passphrase──▶ screen (given the key) ──lock──▶ gate
 */
export function Shell({ screens }: { screens: readonly ScreenDefinition[] }) {
  const [place, setPlace] = useState<{ id: string; start?: ScreenStart }>({ id: 'home' });
  const [idleMinutes, setIdleMinutes] = useState<number | null>(null);
  const key = useSessionKey();
  const { t, lang } = useT(STRINGS);
  useEffect(() => watchSettings((settings) => setIdleMinutes(settings.autoLockMinutes)), []);
  useIdleLock(idleMinutes);

  const screen = screens.find((candidate) => candidate.id === place.id);
  const go = (id: string, start?: ScreenStart) => setPlace(screens.some((candidate) => candidate.id === id) ? { id, start } : { id: 'home' });
  const shown = screen !== undefined && (!screen.needsKey || key !== null);
  // What a screen was asked to begin with is handed over once: a lock and unlock later opens it
  // afresh (a new View), and must not begin it again.
  useEffect(() => {
    if (shown && place.start) setPlace({ id: place.id });
  }, [shown, place]);

  return (
    <div class="haven">
      <header class="haven-header">
        {screen ? (
          <button type="button" class="back" onClick={() => setPlace({ id: 'home' })}>← {t('home')}</button>
        ) : (
          <span class="haven-name">{t('name')}</span>
        )}
        <PanicButton />
      </header>
      <main aria-labelledby="haven-title">
        {!screen ? (
          <Home screens={screens} go={go} />
        ) : !screen.needsKey ? (
          <screen.View go={go} start={place.start} />
        ) : key ? (
          // A new key (after a passphrase change) opens the screen afresh with it.
          <screen.View key={keyId(key)} vaultKey={key} go={go} start={place.start} />
        ) : (
          <PassphraseGate title={screen.label[lang]} />
        )}
      </main>
    </div>
  );
}

const keyIds = new WeakMap<CryptoKey, number>();
let lastKeyId = 0;
const keyId = (key: CryptoKey) => {
  if (!keyIds.has(key)) keyIds.set(key, ++lastKeyId);
  return keyIds.get(key)!;
};

function Home({ screens, go }: { screens: readonly ScreenDefinition[]; go: Go }) {
  const { t, lang } = useT(STRINGS);
  const files = useT(FILE_STRINGS);
  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <AttemptsLine go={go} />
      {/* A new journal entry with the page this was opened over (the journal asks for the passphrase first). */}
      <div class="actions">
        <button type="button" onClick={() => go('journal', 'capture')}>{files.t('captureThisPage')}</button>
      </div>
      <nav aria-label={t('name')}>
        <ul class="home-links">
          {screens.filter((screen) => screen.onHome).map((screen) => (
            <li key={screen.id}><button type="button" class="home-link" onClick={() => go(screen.id)}>{screen.label[lang]}</button></li>
          ))}
        </ul>
      </nav>
    </>
  );
}

/**
 * Before the first screen: open-space.ts, then (issue #18) an opening with the code goes on the
 * record of attempts (sealed while locked), and a storage from before the decoy gets its dummies.
 */
async function open(): Promise<void> {
  const byCode = prefsKeyWasTyped();
  await openSpace();
  if (byCode) void recordAttempt('open');
  await ensureDecoyRecords().catch(() => undefined);
}

/**
 * The default export, as one object: the cover loads this chunk by `import()`, and a named
 * export's name would ship in the cover. `open` runs before the first screen.
 */
export default { View: Haven, open };
