import { useState } from 'preact/hooks';
import type { UnlockedScreenProps } from '@/components/screen';
import { useT } from '@/features/i18n/language';
import { ExportBackup } from './ExportBackup';
import { ImportBackup } from './ImportBackup';
import { STRINGS } from './strings';
import './backup.css';

/**
 * Back up or restore: save one encrypted file with everything, or add a saved file to this
 * device. Behind the shell's passphrase gate (adding reads the notes to see what is new);
 * saving a copy asks for the passphrase once more all the same.
 */
export function Backup({ vaultKey }: UnlockedScreenProps) {
  const { t } = useT(STRINGS);
  const [task, setTask] = useState<'save' | 'add'>('save');
  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <div class="actions" role="group" aria-label={t('whatToDo')}>
        <button type="button" aria-pressed={task === 'save'} onClick={() => setTask('save')}>{t('saveCopy')}</button>
        <button type="button" aria-pressed={task === 'add'} onClick={() => setTask('add')}>{t('addFromCopy')}</button>
      </div>
      {task === 'save' ? <ExportBackup /> : <ImportBackup vaultKey={vaultKey} />}
    </>
  );
}
