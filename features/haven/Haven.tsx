import { useState } from 'preact/hooks';
import { PanicButton } from '@/components/PanicButton';
import { Article } from '@/features/article/Article';
import { Resources } from '@/features/article/Resources';
import { Backup } from '@/features/backup/Backup';
import { Journal } from '@/features/journal/Journal';
import { SafetyPlan } from '@/features/plan/SafetyPlan';
import { Reminders } from '@/features/reminders/Reminders';
import { Settings } from '@/features/settings/Settings';
import { usePanicGestures } from '@/components/usePanicGestures';
import '@/assets/haven.css';

type Place = 'home' | 'settings' | 'journal' | 'article' | 'resources' | 'plan' | 'reminders' | 'backup';

/** Haven after the code: loaded only after unlock, never part of the cover's code. */
export function Haven() {
  const [place, setPlace] = useState<Place>('home');
  usePanicGestures();
  // Spanish when the browser asks for it; a setting of its own is still to come.
  const lang = navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';

  return (
    <div class="haven">
      <header class="haven-header">
        {place !== 'home' ? (
          <button type="button" class="back" onClick={() => setPlace('home')}>← Home</button>
        ) : (
          <span class="haven-name">Haven</span>
        )}
        <PanicButton />
      </header>
      <main aria-labelledby="haven-title">
        {place === 'home' && <Home go={setPlace} />}
        {place === 'settings' && <Settings />}
        {place === 'journal' && <Journal />}
        {place === 'article' && <Article lang={lang} onOpen={setPlace} />}
        {place === 'resources' && <Resources lang={lang} />}
        {place === 'plan' && <SafetyPlan />}
        {place === 'reminders' && <Reminders />}
        {place === 'backup' && <Backup />}
      </main>
    </div>
  );
}

function Home({ go }: { go: (place: Place) => void }) {
  return (
    <>
      <h1 id="haven-title">You are not imagining it</h1>
      <p>This space is yours. Read, write down what happened, plan a next step, or just take a breath. Press Esc twice to close everything at once.</p>
      <nav aria-label="Haven">
        <ul class="home-links">
          <li><button type="button" class="home-link" onClick={() => go('article')}>Why leaving feels impossible</button></li>
          <li><button type="button" class="home-link" onClick={() => go('resources')}>Help and resources</button></li>
          <li><button type="button" class="home-link" onClick={() => go('journal')}>Journal</button></li>
          <li><button type="button" class="home-link" onClick={() => go('plan')}>Safety plan</button></li>
          <li><button type="button" class="home-link" onClick={() => go('reminders')}>Reminders</button></li>
          <li><button type="button" class="home-link" onClick={() => go('backup')}>Back up or restore</button></li>
          <li><button type="button" class="home-link" onClick={() => go('settings')}>Settings</button></li>
        </ul>
      </nav>
    </>
  );
}
