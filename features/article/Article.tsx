import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import articleEn from '@/assets/content/article.en.md';
import articleEs from '@/assets/content/article.es.md';
import nextStepsEn from '@/assets/content/next-steps.en.md';
import nextStepsEs from '@/assets/content/next-steps.es.md';
import { MarkdownInline, MarkdownView } from './MarkdownView';
import { ACTIONS, composeArticle, TEXT_STEPS, type Place } from './model';
import { loadPosition, savePosition, throttle } from './reading-position';
import { fill, type Lang } from '@/core/i18n/translate';
import { useLanguage } from '@/features/i18n/language';
import { STRINGS, type Strings } from './strings';
import './article.css';

const CONTENT = {
  en: { article: articleEn, nextSteps: nextStepsEn },
  es: { article: articleEs, nextSteps: nextStepsEs },
};

interface Props {
  /** Opens the part of Haven an action leads to. */
  go: (place: Place) => void;
}

/**
 * "Why leaving a narcissist feels impossible", to read in the popup: table of contents, text
 * size, and the place kept while the browser is open. Under each first step, a button to the
 * part of Haven that helps with it.
 */
export function Article({ go }: Props) {
  const { lang } = useLanguage();
  // A new language is a new text: its own place, read afresh.
  return <Reader key={lang} lang={lang} go={go} />;
}

function Reader({ lang, go }: Props & { lang: Lang }) {
  const words = STRINGS[lang];
  const { before, title, body, contents } = useMemo(() => composeArticle(CONTENT[lang].article, CONTENT[lang].nextSteps), [lang]);
  const { step, changeStep } = useReadingPosition(lang);

  const goTo = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };

  const actionAfter = (headingId: string) => {
    const action = ACTIONS[headingId];
    if (!action) return null;
    return (
      <p class="article-action">
        <button type="button" onClick={() => go(action.place)}>
          {words[action.label]}
        </button>
      </p>
    );
  };

  return (
    <article class="reader article" lang={lang} style={{ '--text-scale': String(TEXT_STEPS[step]) }}>
      {before.length > 0 && (
        <div class="article-note">
          <MarkdownView nodes={before} />
        </div>
      )}
      <h1 id="haven-title" tabIndex={-1}>
        {title ? <MarkdownInline nodes={title.c} /> : null}
      </h1>
      <TextSize words={words} step={step} onStep={changeStep} />
      <nav class="article-contents" aria-labelledby="article-contents-label">
        <p id="article-contents-label" class="article-contents-label">{words.contentsLabel}</p>
        <ol>
          {contents.map((heading) => (
            <li key={heading.id}>
              <a
                href={`#${heading.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(heading.id);
                }}
              >
                <MarkdownInline nodes={heading.c} />
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div class="article-body">
        <MarkdownView nodes={body} afterSection={actionAfter} onHeadingLink={goTo} newTabHint={words.opensNewTab} />
      </div>
    </article>
  );
}

function TextSize({ words, step, onStep }: { words: Strings; step: number; onStep: (step: number) => void }) {
  const percent = Math.round((TEXT_STEPS[step] ?? 1) * 100);
  return (
    <div class="article-tools" role="group" aria-label={words.textSize}>
      <button type="button" aria-label={words.smallerText} disabled={step === 0} onClick={() => onStep(step - 1)}>
        <span class="glyph-smaller">{words.smaller}</span>
      </button>
      <button type="button" aria-label={words.largerText} disabled={step === TEXT_STEPS.length - 1} onClick={() => onStep(step + 1)}>
        <span class="glyph-larger">{words.larger}</span>
      </button>
      <span class="note" aria-live="polite">{fill(words.textSizeNow, { size: percent })}</span>
    </div>
  );
}

/**
 * The paragraph, heading or list item the person is reading: the first one that starts in the
 * upper half of the view (below Haven's header), else the one running through its top.
 */
function firstBlockInView(): { element: Element; top: number } | null {
  const viewTop = Math.max(0, document.querySelector('.haven-header')?.getBoundingClientRect().bottom ?? 0);
  const blocks = [...document.querySelectorAll('.article-body > *, .article-body > ul > li, .article-body > ol > li')];
  const starting = blocks.find((block) => block.getBoundingClientRect().top >= viewTop - 1);
  const running = [...blocks].reverse().find((block) => block.getBoundingClientRect().top < viewTop);
  const element = starting && starting.getBoundingClientRect().top < window.innerHeight / 2 ? starting : (running ?? starting);
  return element ? { element, top: element.getBoundingClientRect().top } : null;
}

function scroller(): Element {
  return document.scrollingElement ?? document.documentElement;
}

/**
 * The text size and the place in the text. On open: the saved place is restored, and only then
 * does saving start (so the top of a fresh render never overwrites it). On scroll: saved at most
 * every 300 ms. On a new text size: the same part of the text stays at the top.
 */
function useReadingPosition(lang: Lang) {
  const [step, setStep] = useState(0);
  const [restored, setRestored] = useState(false);
  const restoreTo = useRef<number | null>(null);
  const keepInView = useRef<{ element: Element; top: number } | null>(null);
  const stepRef = useRef(step);
  stepRef.current = step;
  const save = useMemo(() => throttle((top: number) => void savePosition({ lang, step: stepRef.current, top }), 300), [lang]);

  useEffect(() => {
    let live = true;
    void loadPosition().then((saved) => {
      if (!live) return;
      if (saved) setStep(saved.step);
      restoreTo.current = saved?.lang === lang ? saved.top : 0;
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [lang]);

  useLayoutEffect(() => {
    if (restoreTo.current !== null) {
      scroller().scrollTop = restoreTo.current;
      restoreTo.current = null;
    } else if (keepInView.current) {
      const { element, top } = keepInView.current;
      keepInView.current = null;
      scroller().scrollTop += element.getBoundingClientRect().top - top;
      save(Math.round(scroller().scrollTop));
    }
  }, [restored, step, save]);

  useEffect(() => {
    if (!restored) return;
    const onScroll = () => save(Math.round(scroller().scrollTop));
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      // The last place as recorded while reading (the next screen may already be showing).
      save.flush();
    };
  }, [restored, save]);

  const changeStep = (next: number) => {
    keepInView.current = firstBlockInView();
    setStep(next);
  };
  return { step, changeStep };
}
