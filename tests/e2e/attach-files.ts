import type { View } from './fixture/view';

// Giving files to the entry editor the ways a person does (issue #17), for the specs that add files.

export interface TestFile {
  name: string;
  type: string;
  base64: string;
  /** Bytes of zeros instead (a file too large), made in the page. */
  zeros?: number;
}

export const file = (name: string, type: string, bytes: Buffer): TestFile => ({ name, type, base64: bytes.toString('base64') });

/** How a file reaches the editor: the picker (its input, by label), a drop on the form, or a paste into the text. */
export type Way = 'pick' | 'drop' | 'paste';

export async function give(popup: View, way: Way, files: TestFile[]): Promise<void> {
  const done = await popup.page.evaluate(({ way, files }) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      const bytes = f.zeros !== undefined ? new Uint8Array(f.zeros) : Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    const text = [...document.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'What happened')?.control as HTMLTextAreaElement | undefined;
    if (way === 'pick') {
      const input = [...document.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Attach files')?.control;
      if (!(input instanceof HTMLInputElement)) return false;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }
    if (!text) return false;
    if (way === 'paste') {
      text.focus();
      const paste = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      // Firefox's ClipboardEvent constructor copies no files from `clipboardData` (Chromium's
      // keeps them), and a test cannot put an image on the system clipboard: there the event
      // carries the same DataTransfer as its own property, which is what the handler reads.
      if (!paste.clipboardData?.files.length) Object.defineProperty(paste, 'clipboardData', { value: transfer });
      text.dispatchEvent(paste);
      return true;
    }
    const form = text.closest('form')!;
    form.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return true;
  }, { way, files });
  if (!done) throw new Error(`could not ${way} files`);
}

/** The pictures in the entry's "Files" section that have loaded, by their text alternative. */
export function shownPictures(popup: View): Promise<string[]> {
  return popup.page.evaluate(() => {
    const section = [...document.querySelectorAll('section')].find((candidate) => candidate.getAttribute('aria-label') === 'Files');
    return [...(section?.querySelectorAll('img') ?? [])].filter((img) => img.complete && img.naturalWidth > 0).map((img) => img.alt).sort();
  }, undefined);
}

