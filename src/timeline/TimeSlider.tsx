/**
 * The time slider: a cursor "show events up to" (the default, for telling a story in
 * order), or a two-handle window (for asking "what happened in this period?"). Every event
 * has a mark; an uncertain date is a bar over its range. Native range inputs carry the
 * keyboard and the accessible names.
 */
import { useStep, useStepEffect, useTimeEffect, type StepTime } from '../step/step';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { dayWords, monthShort, spanWords } from '../words/dates';
import { useStore, type Speed } from '../store/store';
import { dayNumber, isoOfDay } from '../data/time-index';
import { densityOf, densityPath } from './density';
import { useBrush } from './brush';
import { layoutMarks, monthTicks, type Mark } from '../ui/lanes';
import { clampSpan, isWhole, MIN_DAYS, pan, zoomAround, type DaySpan } from './zoom';
import { stepEvent, togglePlay, usePlayback } from './playback';
import '../styles/reading.css';
import { DIRECTION, useLanguage } from '../store/language';
import { useT, type Translate } from '../words/i18n';
import { useTitleHint } from '../words/labels';
import { scrollCue } from '../ui/scroll-cue';
import { widestText } from '../ui/text-width';

/**
 * Marks are drawn once per filter or selection change, not per step: the veil over the
 * future (a single element) is what moves with the cursor.
 */
const LANE = 6;

const Marks = memo(function Marks({ marks, passing }: { marks: readonly Mark[]; passing: ReadonlySet<string> }) {
  const model = useStore((s) => s.model)!;
  const selected = useStore((s) => s.view.event);
  const hover = useStore((s) => s.hover);
  const hint = useTitleHint();
  const { selectEvent, setHover } = useStore.getState();
  return (
    <>
      {marks.map((m) => (
        <button
          type="button"
          tabIndex={-1}
          key={m.id}
          className={`mark${m.uncertain ? ' uncertain' : ''}${passing.has(m.id) ? '' : ' faded'}${selected === m.id ? ' selected' : ''}${hover === m.id ? ' hovered' : ''}`}
          style={{ insetInlineStart: `${m.left * 100}%`, width: `${m.width * 100}%`, top: `${m.lane * LANE + 2}px` }}
          {...hint(model.eventById.get(m.id)?.properties)}
          onClick={() => selectEvent(m.id)}
          onMouseEnter={() => setHover(m.id)}
          onMouseLeave={() => setHover(null)}
        />
      ))}
    </>
  );
});

/**
 * Symbols, not words. ‹ and › are mirrored glyphs (Unicode's bidi mirroring): written before and
 * after a button's words, in a right-to-left line each points the way the button moves on the
 * timeline, which runs from the right there.
 */
const GLYPH = { play: '▶ ', pause: '❚❚ ', earlier: '‹', later: '›' } as const;

/** The room a month label needs, "Jan 2015" (Arabic has no short month names: "سبتمبر 2015") with its gap, in pixels. */
const LABEL_PX = { en: 54, ar: 78 } as const;

/** Above this many events the timeline shows a density strip: marks would only crowd. */
const MAX_MARKS = 400;
const MAX_LANES = 24;

const DensityStrip = memo(function DensityStrip({ passing, span }: { passing: ReadonlySet<string>; span: DaySpan }) {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const density = useMemo(() => densityOf(model.time.byStart, span, (id) => passing.has(id)), [model, passing, span]);
  // Drawn from the start of time at x = 0: mirrored in a right-to-left page, where time runs from the right.
  const rtl = useLanguage((s) => DIRECTION[s.lang] === 'rtl');
  const days = density.all.length;
  return (
    <svg
      className="density"
      viewBox={`0 0 ${days} 1`}
      preserveAspectRatio="none"
      style={rtl ? { transform: 'scaleX(-1)' } : undefined}
      role="img"
      aria-label={t('time.density', { n: model.events.length })}
    >
      <path className="density-all" d={densityPath(density.all, density.max)} />
      <path className="density-passing" d={densityPath(density.passing, density.max)} />
    </svg>
  );
});

/** Changes an element's text only when it differs: no style or layout work for the same words. */
function setText(el: HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** The veils' held animations: a step sets where each stands. */
const held = new WeakMap<HTMLElement, Animation>();
const HELD_MS = 1_000_000;

/**
 * Moves a veil (as wide as the strip) by a fraction (-1 to 1) of its width along the line of time.
 * By an animation held still (playback rate 0) whose time says where it stands: the compositor
 * moves the veil's layer, so a step neither lays out, repaints nor re-layerizes the page (a
 * transform written in its style made Chromium re-layerize the whole page at every step).
 */
function slide(el: HTMLElement | null, fraction: number, rtl: boolean): void {
  if (!el) return;
  const at = rtl ? -fraction : fraction;
  if (typeof el.animate !== 'function') {
    el.style.transform = `translateX(${(at * 100).toFixed(4)}%)`;
    return;
  }
  let animation = held.get(el);
  if (!animation) {
    animation = el.animate([{ transform: 'translateX(-100%)' }, { transform: 'translateX(100%)' }], {
      duration: HELD_MS,
      fill: 'both',
    });
    animation.playbackRate = 0;
    held.set(el, animation);
  }
  const time = ((at + 1) / 2) * HELD_MS;
  if (animation.currentTime !== time) animation.currentTime = time;
}

/** A range input's position and the date it reads out. */
function setRange(input: HTMLInputElement | null, day: number, words: string): void {
  if (!input) return;
  if (input.value !== String(day)) input.value = String(day);
  if (input.getAttribute('aria-valuetext') !== words) input.setAttribute('aria-valuetext', words);
}

/** Counts whose words differ in length (plural forms, digits); the largest is the map's total. */
const SAMPLE_COUNTS = [0, 1, 2, 3, 11, 100];

/**
 * Every wording the date and count lines can take in a mode, at its longest (day 28 of every month,
 * a window across a new year, every plural form, the map's total): the box is made as wide as the
 * widest, so no step ever changes the timeline's layout.
 */
function lineWordings(
  t: Translate,
  mode: StepTime['mode'],
  year: number,
  total: number,
  filtered: boolean,
): { dates: string[]; counts: string[] } {
  const day = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-28`;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const dates =
    mode === 'upto'
      ? months.map((m) => t('time.eventsUpTo', { date: dayWords(day(year, m)) }))
      : months.flatMap((a) => months.map((b) => t('time.eventsSpan', { span: spanWords(day(year - 1, a), day(year, b)) })));
  const numbers = [...SAMPLE_COUNTS.filter((n) => n < total), total];
  // "(n hidden by filters)" only while filters hide events: a filter change may re-lay the bar, a step not.
  const counts = numbers.flatMap((shown) => [
    t('time.count', { shown, total }),
    ...(filtered ? numbers.map((hidden) => t('time.countHidden', { shown, total, hidden })) : []),
  ]);
  return { dates, counts };
}

export function TimeSlider() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const rtl = DIRECTION[lang] === 'rtl';
  const passing = useStep((s) => s.passing);
  usePlayback();
  const model = useStore((s) => s.model)!;
  // The mode changes what the timeline is made of; a step (from, to) only moves it: see useTimeEffect below.
  const mode = useStore((s) => s.view.mode);
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const { setTo, setWindow, setMode, setSpeed } = useStore.getState();

  // The part of the span the timeline shows: all of it, or what the reader zoomed to.
  const [zoomed, setZoomed] = useState<DaySpan | null>(null);
  const span = zoomed ?? model.span;
  const first = dayNumber(span.start);
  const days = dayNumber(span.end) - first + 1;
  const layout = useMemo(() => {
    // Individual marks when they fit: few events in the span shown, in few lanes.
    const [a, b] = model.time.candidates(span.start, span.end);
    if (b - a > MAX_MARKS * 2) return null;
    const inSpan = model.time.overlapping(span.start, span.end);
    if (inSpan.length > MAX_MARKS) return null;
    const laid = layoutMarks(inSpan, span);
    return laid.lanes > MAX_LANES ? null : laid;
  }, [model, span]);
  // A label every month for a year or so; over longer spans, every second, third… month.
  const ticks = useMemo(() => {
    const all = monthTicks(span);
    const every = Math.ceil(all.length / 12);
    return all.filter((_, i) => i % every === 0);
  }, [span]);
  // Labels far enough apart for the width the axis has (a phone, a narrow map beside the wide table):
  // every tick keeps its line, every `step`-th its words. Measured once per resize, not per step.
  const [axisWidth, setAxisWidth] = useState(0);
  const axisRef = useRef<HTMLDivElement>(null);
  useEffect(function measureAxis() {
    const el = axisRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setAxisWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return function stopMeasuring() {
      observer.disconnect();
    };
  }, []);
  // Months differ in length: the shortest gap between ticks is about 0.92 of the mean.
  const gap = ticks.length > 1 ? (0.92 * axisWidth * (ticks[ticks.length - 1].left - ticks[0].left)) / (ticks.length - 1) : 0;
  const step = gap > 0 ? Math.max(1, Math.ceil(LABEL_PX[lang] / gap)) : 1;
  // The month labels are text that never changes with the cursor: built once per map and width.
  const axis = useMemo(
    () => (
      <div className="timeline-axis" aria-hidden="true" ref={axisRef}>
        {ticks.map((tick, i) => {
          const labelled = i % step === 0;
          // The year where it changes from the label before: "Jun 2014 Jul … Jan 2015 Feb".
          const withYear = i === 0 || ticks[i - step]?.iso.slice(0, 4) !== tick.iso.slice(0, 4);
          return (
            <span key={tick.iso} className={labelled ? undefined : 'minor'} style={{ insetInlineStart: `${tick.left * 100}%` }}>
              {labelled ? monthShort(tick.iso, withYear) : ''}
            </span>
          );
        })}
      </div>
    ),
    // The language too: the month names are its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ticks, step, lang],
  );
  // The handles stay on the strip when the cursor is outside the zoomed span.
  const clampDay = (d: number) => Math.min(days - 1, Math.max(0, d));
  const dayOf = (iso: string) => clampDay(dayNumber(iso) - first);
  const brush = useBrush((a, b) =>
    setZoomed(clampSpan({ start: isoOfDay(first + Math.floor(a * days)), end: isoOfDay(first + Math.floor(b * days)) }, model.span)),
  );
  const zoomBy = (factor: number) => {
    const next = zoomAround(span, useStore.getState().view.to, factor, model.span);
    setZoomed(isWhole(next, model.span) ? null : next);
  };
  const total = model.events.length;

  // A step moves the handles, the veil and the date, and changes the count: in place, no render.
  const dateRef = useRef<HTMLElement>(null);
  const countRef = useRef<HTMLSpanElement>(null);
  const veilRef = useRef<HTMLDivElement>(null);
  const beforeRef = useRef<HTMLDivElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const moveTo = ({ mode, from, to }: StepTime) => {
    setText(
      dateRef.current,
      mode === 'upto' ? t('time.eventsUpTo', { date: dayWords(to) }) : t('time.eventsSpan', { span: spanWords(from, to) }),
    );
    // The future starts after the cursor's day; the window's past ends before its first day.
    slide(veilRef.current, (dayOf(to) + 1) / days, rtl);
    slide(beforeRef.current, dayOf(from) / days - 1, rtl);
    setRange(toRef.current, dayOf(to), dayWords(to));
    setRange(fromRef.current, dayOf(from), dayWords(from));
  };
  // What moveTo reads: the words' language, the mode, and the span the strip shows.
  useTimeEffect(moveTo, [t, mode, first, days, rtl]);
  // The date and count box, as wide as its longest wording: measured once per mode and language.
  const lastYear = Number(model.span.end.slice(0, 4));
  const filtered = passing.size < total;
  useLayoutEffect(
    function sizeDateBox() {
      const date = dateRef.current;
      const count = countRef.current;
      const box = date?.parentElement;
      if (!date || !count || !box) return;
      const { dates, counts } = lineWordings(t, mode, lastYear, total, filtered);
      const width = Math.max(widestText(dates, getComputedStyle(date).font), widestText(counts, getComputedStyle(count).font));
      // A pixel or two over: what the canvas measures and what the page lays out may round apart.
      box.style.setProperty('--date-width', `${width + 2}px`);
    },
    [t, mode, lastYear, total, filtered],
  );
  useStepEffect(
    (s) => `${s.shown} ${s.inTime}`,
    (key) => {
      const [shown, inTime] = key.split(' ').map(Number);
      setText(
        countRef.current,
        inTime !== shown ? t('time.countHidden', { shown, total, hidden: inTime - shown }) : t('time.count', { shown, total }),
      );
    },
    [t, total],
  );

  return (
    <section className="timeline" aria-label={t('time.label')}>
      <div className="timeline-bar" ref={scrollCue}>
        <button type="button" className="play" onClick={togglePlay} title={t('time.play.title')}>
          <span aria-hidden="true">{playing ? GLYPH.pause : GLYPH.play}</span>
          {playing ? t('time.pause') : t('time.play')}
        </button>
        <label className="speed">
          <span className="visually-hidden">{t('time.speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(e.target.value as Speed)} aria-label={t('time.speed.label')}>
            <option value="slow">{t('time.speed.slow')}</option>
            <option value="normal">{t('time.speed.normal')}</option>
            <option value="fast">{t('time.speed.fast')}</option>
          </select>
        </label>
        <button type="button" onClick={() => stepEvent(-1)} title={t('time.previous.title')}>
          <span aria-hidden="true">{GLYPH.earlier} </span>
          {t('time.previous')}
        </button>
        <button type="button" onClick={() => stepEvent(1)} title={t('time.next.title')}>
          {t('time.next')}
          <span aria-hidden="true"> {GLYPH.later}</span>
        </button>
        <p className="timeline-date" aria-live="off">
          <strong ref={dateRef} />
          <span className="timeline-count" ref={countRef} />
        </p>
        <fieldset className="mode">
          <legend className="visually-hidden">{t('time.mode')}</legend>
          <label>
            <input type="radio" name="time-mode" checked={mode === 'upto'} onChange={() => setMode('upto')} /> {t('time.mode.upto')}
          </label>
          <label>
            <input type="radio" name="time-mode" checked={mode === 'window'} onChange={() => setMode('window')} /> {t('time.mode.window')}
          </label>
        </fieldset>
      </div>
      <div className="timeline-track" style={{ ['--lanes' as string]: layout?.lanes ?? 6 }}>
        <div
          className={`timeline-marks${layout ? '' : ' dense'}`}
          aria-hidden={layout ? 'true' : undefined}
          {...brush.handlers}
          title={t('time.brush.title')}
        >
          {brush.box && (
            <div
              className="timeline-brush"
              style={{ insetInlineStart: `${brush.box[0] * 100}%`, width: `${(brush.box[1] - brush.box[0]) * 100}%` }}
            />
          )}
          {mode === 'window' && (
            <>
              <div className="timeline-future timeline-before" ref={beforeRef} />
              <div className="timeline-future" ref={veilRef} />
            </>
          )}
          {mode === 'upto' && <div className="timeline-future" ref={veilRef} />}
          {layout ? <Marks marks={layout.marks} passing={passing} /> : <DensityStrip passing={passing} span={span} />}
        </div>
        <div className={`timeline-inputs${mode === 'window' ? ' two' : ''}`}>
          {mode === 'window' && (
            <input
              type="range"
              ref={fromRef}
              min={0}
              max={days - 1}
              aria-label={t('time.windowStart')}
              onChange={(e) => {
                // Dragging a handle past the other pushes it along.
                const { to } = useStore.getState().view;
                const day = isoOfDay(first + Number(e.target.value));
                setWindow(day, day > to ? day : to);
              }}
            />
          )}
          <input
            type="range"
            ref={toRef}
            min={0}
            max={days - 1}
            aria-label={mode === 'upto' ? t('time.upTo') : t('time.windowEnd')}
            onChange={(e) => {
              const { from } = useStore.getState().view;
              const day = isoOfDay(first + Number(e.target.value));
              if (mode === 'window') setWindow(day < from ? day : from, day);
              else setTo(day);
            }}
            onKeyDown={(e) => {
              if (e.key === 'PageUp' || e.key === 'PageDown') {
                e.preventDefault();
                stepEvent(e.key === 'PageDown' ? 1 : -1);
              }
            }}
          />
        </div>
        {axis}
      </div>
      <div className="timeline-zoom" ref={scrollCue} role="group" aria-label={t('time.zoom')}>
        <button type="button" onClick={() => zoomBy(0.5)} disabled={days <= MIN_DAYS}>
          {t('time.zoomIn')}
        </button>
        <button type="button" onClick={() => zoomBy(2)} disabled={!zoomed}>
          {t('time.zoomOut')}
        </button>
        <button type="button" onClick={() => setZoomed(pan(span, -0.5, model.span))} disabled={!zoomed || span.start <= model.span.start}>
          {GLYPH.earlier} {t('time.earlier')}
        </button>
        <button type="button" onClick={() => setZoomed(pan(span, 0.5, model.span))} disabled={!zoomed || span.end >= model.span.end}>
          {t('time.later')} {GLYPH.later}
        </button>
        {zoomed && (
          <button type="button" onClick={() => setZoomed(null)}>
            {t('time.wholeSpan')}
          </button>
        )}
        <span className="muted">{zoomed ? t('time.showing', { span: spanWords(span.start, span.end) }) : t('time.brush.hint')}</span>
      </div>
    </section>
  );
}
