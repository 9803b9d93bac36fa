import type { ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { startGrace } from '@/core/session';
import { loadSettings } from '@/core/vault/settings';
import { Calculator } from '@/features/cover/Calculator';
import { checkCoverCode, isCodeCandidate } from '@/features/unlock/check-code';
import { readLaunchState, type SetupStep } from './launch';
import { listenForPanic } from '@/core/panic-view';

/**
 * The popup's root, a small state machine:
 *
 *   cover ──(setup not finished)──▶ setup ──finish / not now──▶ cover
 *   cover ──code + "="──▶ haven ──panic / popup closed──▶ (next open) cover
 *   cover ──wipe code + "="──▶ (everything erased) setup, as after installing
 *
 * The cover is always what paints first; Haven's own UI and the setup are separate chunks,
 * loaded only when they are needed, so the cover stays small and nothing else can flash.
 */
type Screen = { kind: 'cover' } | { kind: 'setup'; step: Exclude<SetupStep, 'done'> } | { kind: 'haven' };

type Lazy = ComponentType<{ onDone: () => void; step?: Exclude<SetupStep, 'done'> }>;

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'cover' });
  const [view, setView] = useState<Lazy | null>(null);

  useEffect(() => listenForPanic(), []);

  useEffect(() => {
    void readLaunchState().then(({ setupStep, graceActive }) => {
      if (setupStep !== 'done') setScreen({ kind: 'setup', step: setupStep });
      else if (graceActive) setScreen({ kind: 'haven' });
    });
  }, []);

  useEffect(() => {
    setView(null);
    if (screen.kind === 'setup') {
      void import('@/features/unlock/Setup').then((module) => setView(() => module.Setup as Lazy));
    } else if (screen.kind === 'haven') {
      void import('@/features/haven/Haven').then((module) => setView(() => module.Haven as Lazy));
    }
  }, [screen]);

  const onEquals = useCallback((digits: string) => {
    if (!isCodeCandidate(digits)) return;
    void checkCoverCode(digits).then(async (result) => {
      if (result === 'wipe') {
        // Loaded only when needed: the cover's own code stays as small as it was.
        await (await import('@/features/unlock/erase')).eraseAndStartFresh();
        return setScreen({ kind: 'setup', step: 'welcome' });
      }
      if (result !== 'open') return;
      setScreen({ kind: 'haven' });
      await startGrace((await loadSettings()).graceMinutes);
    });
  }, []);

  if (screen.kind === 'cover' || !view) return <Calculator onEquals={onEquals} />;
  const View = view;
  return <View step={screen.kind === 'setup' ? screen.step : undefined} onDone={() => setScreen({ kind: 'cover' })} />;
}
