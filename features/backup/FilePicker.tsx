import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '@/features/i18n/language';
import { STRINGS } from './strings';

/**
 * Choose a file by the browser's file picker or by dropping it here. Firefox closes a toolbar
 * popup as soon as its file picker opens (Mozilla bug 1292701), so there the popup offers to
 * open Haven in a tab first, where the picker works (docs/design.md, "Backup and restore").
 */
export function FilePicker({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const { t } = useT(STRINGS);
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const pickerClosesPopup = useFirefoxPopup();

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer?.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <div
      class={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      {pickerClosesPopup && (
        <div class="note">
          <p>{t('firefoxPopup')}</p>
          <button type="button" onClick={() => void openInTab()}>{t('openInTab')}</button>
        </div>
      )}
      <label for={id}>{t('chooseFile')}</label>
      <input id={id} type="file" onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)} />
      <p class="note">{t('orDrop')}</p>
      {file && <p>{t('chosen', { name: file.name })}</p>}
    </div>
  );
}

/** True in Firefox's toolbar popup (not in a tab), where the file picker closes the popup. */
function useFirefoxPopup(): boolean {
  const [inPopup, setInPopup] = useState(false);
  useEffect(() => {
    if (!import.meta.env.FIREFOX) return;
    void browser.tabs.getCurrent().then((tab) => setInPopup(tab === undefined), () => undefined);
  }, []);
  return inPopup;
}

/** Haven's own page in a tab shows the cover first, like the popup; a quick close closes it too. */
async function openInTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  window.close();
}
