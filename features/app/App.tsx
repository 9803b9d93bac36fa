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
 *   cover ──decoy code + "="──▶ the calculator's notes (features/memo) ──done──▶ cover
 *
 * The cover is always what paints first; Haven's own UI and the setup are separate chunks,
 * loaded only when they are needed, so the cover stays small and nothing else can flash. The
 * cover knows nothing of the sealed settings: the code check hands their key to the session,
 * and Haven's chunk opens them (features/haven/open-space.ts).
 */
type Screen = { kind: 'calc' } | { kind: 'intro'; step: Exclude<SetupStep, 'done'> } | { kind: 'space' } | { kind: 'memo' };

type Lazy = ComponentType<{ onDone: () => void; step?: Exclude<SetupStep, 'done'> }>;

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'calc' });
  const [view, setView] = useState<Lazy | null>(null);
  // Where setup stands, read at open and again after an erase (for the gesture).
  const stepNow = useRef<SetupStep>('done');

  useEffect(() => listenForPanic(), []);

  useEffect(() => {
    void readLaunchState().then(({ step, offered, direct, unfinished }) => {
      stepNow.current = step;
      // The browser died during an erase: finish it, and show nothing but the calculator.
      if (unfinished) return void import('@/features/unlock/erase').then((module) => module.default());
      if (step !== 'done' && offered) setScreen({ kind: 'intro', step });
      else if (direct) setScreen({ kind: 'space' });
    });
  }, []);

  useEffect(() => {
    setView(null);
    if (screen.kind === 'intro') {
      void import('@/features/unlock/Setup').then((module) => setView(() => module.default as Lazy));
    } else if (screen.kind === 'memo') {
      void import('@/features/memo/Memo').then((module) => setView(() => module.default as Lazy));
    } else if (screen.kind === 'space') {
      // Haven's chunk opens the sealed settings (with the key the code gave) before it shows.
      void import('@/features/haven/Haven').then(async (module) => {
        await module.default.open().catch(() => undefined);
        setView(() => module.default.View as Lazy);
      });
    }
  }, [screen]);

  const onEquals = useCallback((digits: string, recentKeys: readonly CalcKey[]) => {
    const step = stepNow.current;
    if (step !== 'done' && endsWithSetupGesture(recentKeys)) return setScreen({ kind: 'intro', step });
    if (!isCodeCandidate(digits)) return;
    void checkCoverCode(digits).then(async (result) => {
      if (result === 'clear') {
        // Loaded only when needed: the cover's own code stays as small as it was. The display
        // keeps the sum it already shows; nothing else on screen changes.
        await (await import('@/features/unlock/erase')).default();
        stepNow.current = 'welcome';
        return;
      }
      if (result === 'open') setScreen({ kind: 'space' });
      if (result === 'memo') setScreen({ kind: 'memo' });
    });
  }, []);

  const backToCover = () => {
    setScreen({ kind: 'calc' });
    void readLaunchState().then((state) => (stepNow.current = state.step));
  };

  if (screen.kind === 'calc' || !view) return <Calculator onEquals={onEquals} />;
  const View = view;
  return <View step={screen.kind === 'intro' ? screen.step : undefined} onDone={backToCover} />;
}
