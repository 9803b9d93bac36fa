import { useRef, useState } from 'preact/hooks';
import { MAX_ENTRY_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_ENTRY } from '@/core/attachments/limits';
import type { Attachment } from '@/core/vault/entry';
import { useT } from '@/features/i18n/language';
import { addFiles, incomingFromFiles, type AddProblem, type IncomingFile } from './add-files';
import { capturePage, type CaptureProblem } from './capture-page';
import { formatBytes } from './size';
import { STRINGS } from './strings';

export interface Attaching {
  /** Add these files (picked, dropped, pasted or captured), one after the other. */
  add: (files: IncomingFile[]) => Promise<void>;
  /** Capture the page Haven was opened over and add it like a picked file; a refusal goes in `report`. */
  capture: () => Promise<void>;
  /** While the browser takes the picture. */
  capturing: boolean;
  /** The file being added now and how far, while one is. */
  progress: { name: string; percent: number } | null;
  /** What the last add did, in words: how many were added, and each file that was not (or lied). */
  report: { added: string | null; problems: string[] };
  /** The limits, in words, for the screen. */
  limits: string;
  /** Drop and paste on the editor: files go in, text pastes as usual. */
  handlers: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: () => void;
    onDrop: (event: DragEvent) => void;
    onPaste: (event: ClipboardEvent) => void;
  };
  dropping: boolean;
}

/**
 * Adding files to the entry being written. `current` gives the entry's files now; `on.starting`
 * saves a draft saying which file is being added (a close part-way then says so later);
 * `on.added` puts it into the fields and saves the draft (awaited, so the draft names the bytes
 * before anything else may clear them); `on.ended` once the last file is done or failed.
 */
export function useAttaching(
  vaultKey: CryptoKey,
  current: () => Attachment[],
  on: { starting: (name: string) => Promise<void>; added: (attachment: Attachment) => Promise<void>; ended: () => void },
): Attaching {
  const { t, words, locale } = useT(STRINGS);
  const [progress, setProgress] = useState<Attaching['progress']>(null);
  const [report, setReport] = useState<Attaching['report']>({ added: null, problems: [] });
  const [dropping, setDropping] = useState(false);
  const [capturing, setCapturing] = useState(false);
  const busy = useRef<Promise<void>>(Promise.resolve());
  const size = (bytes: number) => formatBytes(bytes, locale);

  const say = (problem: AddProblem): string => {
    const name = problem.name;
    switch (problem.reason) {
      case 'empty': return t('empty', { name });
      case 'file-too-large': return t('fileTooLarge', { name, limit: size(MAX_FILE_BYTES) });
      case 'entry-full': return t('entryFull', { name, limit: size(MAX_ENTRY_BYTES) });
      case 'too-many': return t('tooMany', { name, count: MAX_FILES_PER_ENTRY });
      case 'lies': return t('lies', { name, kind: words.kinds[problem.kind] });
      case 'storage-full': return problem.room === null ? t('storageFullUnknown', { name }) : t('storageFull', { name, room: size(problem.room) });
      default: return t('failed', { name });
    }
  };

  const add = (files: IncomingFile[]) => {
    // One add at a time: a second drop waits for the first, so the limits count both.
    const run = busy.current.then(async () => {
      if (files.length === 0) return;
      const result = await addFiles(vaultKey, files, current(), { ...on, progress: (name, percent) => setProgress({ name, percent }) }).finally(on.ended);
      setProgress(null);
      setReport({ added: result.added.length ? t('added', { count: result.added.length }) : null, problems: result.problems.map(say) });
    });
    busy.current = run.catch(() => undefined);
    return run;
  };

  const refusals: Record<CaptureProblem, string> = {
    'no-permission': t('captureNoPermission'),
    'haven-itself': t('captureHavenItself'),
    navigating: t('captureNavigating'),
    failed: t('captureFailed'),
  };
  // The picture is taken at once (not queued behind a file being added): it is of this moment.
  const capturingNow = useRef(false);
  const capture = async () => {
    if (capturingNow.current) return;
    capturingNow.current = true;
    setCapturing(true);
    const result = await capturePage().finally(() => {
      capturingNow.current = false;
      setCapturing(false);
    });
    if (!result.ok) return setReport({ added: null, problems: [refusals[result.reason]] });
    await add([result.file]);
  };

  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  return {
    add,
    capture,
    capturing,
    progress,
    report,
    limits: t('limitsNote', { file: size(MAX_FILE_BYTES), entry: size(MAX_ENTRY_BYTES), count: MAX_FILES_PER_ENTRY }),
    dropping,
    handlers: {
      onDragOver: (event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(true);
      },
      onDragLeave: () => setDropping(false),
      onDrop: (event) => {
        setDropping(false);
        const files = event.dataTransfer?.files;
        if (!files?.length) return;
        event.preventDefault();
        void add(incomingFromFiles(files));
      },
      onPaste: (event) => {
        const files = event.clipboardData?.files;
        if (!files?.length) return;
        event.preventDefault();
        void add(incomingFromFiles(files));
      },
    },
  };
}
