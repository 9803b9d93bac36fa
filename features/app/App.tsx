import type { ComponentType } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { listenForPanic } from '@/core/panic-view';
import { Calculator } from '@/features/cover/Calculator';
import type { CalcKey } from '@/features/cover/calculator';
import { checkCoverCode, isCodeCandidate } from '@/features/unlock/check-code';
import { endsWithSetupGesture } from '@/features/unlock/setup-gesture';
import { readLaunchState, type SetupStep } from './launch';

/**
 * The popup's root, a small state machine:
 *
 *   cover ──(just installed, or setup begun)──▶ setup ──finish / not now──▶ cover
 *   cover ──± ± ± ± ± = (not set up)──▶ setup
 *   cover ──code + "="──▶ haven ──panic / popup closed──▶ (next open) cover
 *   cover ──erase code + "="──▶ (everything erased) cover, showing the sum, as if nothing happened
 *
 * The cover is always what paints first; Haven's own UI and the setup are separate chunks,
 * loaded only when they are needed, so the cover stays small and nothing else can flash. The
 * cover knows nothing of the sealed settings: the code check hands their key to the session,
 * and Haven's chunk opens them (features/haven/open-space.ts).
 */
type Screen = { kind: 'cover' } | { kind: 'setup'; step: Exclude<SetupStep, 'done'> } | { kind: 'haven' };

type Lazy = ComponentType<{ onDone: () => void; step?: Exclude<SetupStep, 'done'> }>;

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'cover' });
  const [view, setView] = useState<Lazy | null>(null);
  // Where setup stands, read at open and again after an erase (for the gesture).
  const setupStep = useRef<SetupStep>('done');

  useEffect(() => listenForPanic(), []);

  useEffect(() => {
    void readLaunchState().then(({ setupStep: step, setupOffered, skipCover, leftUnfinished }) => {
      setupStep.current = step;
      // The browser died during an erase: finish it, and show nothing but the calculator.
      if (leftUnfinished) return void import('@/features/unlock/erase').then((module) => module.eraseAndStartFresh());
      if (step !== 'done' && setupOffered) setScreen({ kind: 'setup', step });
      else if (skipCover) setScreen({ kind: 'haven' });
    });
  }, []);

  useEffect(() => {
    setView(null);
    if (screen.kind === 'setup') {
      void import('@/features/unlock/Setup').then((module) => setView(() => module.Setup as Lazy));
    } else if (screen.kind === 'haven') {
      // Haven's chunk opens the sealed settings (with the key the code gave) before it shows.
      void import('@/features/haven/Haven').then(async (module) => {
        await module.openSpace().catch(() => undefined);
        setView(() => module.Haven as Lazy);
      });
    }
  }, [screen]);

  const onEquals = useCallback((digits: string, recentKeys: readonly CalcKey[]) => {
    const step = setupStep.current;
    if (step !== 'done' && endsWithSetupGesture(recentKeys)) return setScreen({ kind: 'setup', step });
    if (!isCodeCandidate(digits)) return;
    void checkCoverCode(digits).then(async (result) => {
      if (result === 'wipe') {
        // Loaded only when needed: the cover's own code stays as small as it was. The display
        // keeps the sum it already shows; nothing else on screen changes.
        await (await import('@/features/unlock/erase')).eraseAndStartFresh();
        setupStep.current = 'welcome';
        return;
      }
      if (result === 'open') setScreen({ kind: 'haven' });
    });
  }, []);

  const backToCover = () => {
    setScreen({ kind: 'cover' });
    void readLaunchState().then((state) => (setupStep.current = state.setupStep));
  };

  if (screen.kind === 'cover' || !view) return <Calculator onEquals={onEquals} />;
  const View = view;
  return <View step={screen.kind === 'setup' ? screen.step : undefined} onDone={backToCover} />;
}
