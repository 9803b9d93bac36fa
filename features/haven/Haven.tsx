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
import { LanguageProvider, useT } from '@/features/i18n/language';
import { STRINGS } from './strings';
import '@/assets/haven.css';

type Place = 'home' | 'settings' | 'journal' | 'article' | 'resources' | 'plan' | 'reminders' | 'backup';

/** Haven after the code: loaded only after unlock, never part of the cover's code. */
export function Haven() {
  usePanicGestures();
  return (
    <LanguageProvider>
      <Screens />
    </LanguageProvider>
  );
}

function Screens() {
  const [place, setPlace] = useState<Place>('home');
  const { t } = useT(STRINGS);

  return (
    <div class="haven">
      <header class="haven-header">
        {place !== 'home' ? (
          <button type="button" class="back" onClick={() => setPlace('home')}>← {t('home')}</button>
        ) : (
          <span class="haven-name">{t('name')}</span>
        )}
        <PanicButton />
      </header>
      <main aria-labelledby="haven-title">
        {place === 'home' && <Home go={setPlace} />}
        {place === 'settings' && <Settings onBackup={() => setPlace('backup')} />}
        {place === 'journal' && <Journal />}
        {place === 'article' && <Article onOpen={setPlace} />}
        {place === 'resources' && <Resources />}
        {place === 'plan' && <SafetyPlan />}
        {place === 'reminders' && <Reminders />}
        {place === 'backup' && <Backup />}
      </main>
    </div>
  );
}

const HOME_LINKS = ['article', 'resources', 'journal', 'plan', 'reminders', 'backup', 'settings'] as const;

function Home({ go }: { go: (place: Place) => void }) {
  const { t } = useT(STRINGS);
  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <nav aria-label={t('name')}>
        <ul class="home-links">
          {HOME_LINKS.map((link) => (
            <li key={link}><button type="button" class="home-link" onClick={() => go(link)}>{t(link)}</button></li>
          ))}
        </ul>
      </nav>
    </>
  );
}
