/**
 * The browser enhancer, set up once per page. For each <Scrolly>: the graphic becomes sticky (CSS),
 * scrollama's step events drive the state while the reader scrolls, and geometry settles it on load,
 * for a #step-… link, after a resize and when a scroll ends; the chart's own module redraws the state
 * (CSS transitions of the changed attributes, none under reduced motion). Focusing a step from the
 * keyboard shows its state. Each <Figure> is redrawn at its real width.
 * Each chart is in the page twice (narrow and wide drawings, CSS shows one); only the shown one is redrawn.
 * Everything here is progressive: the built page already shows every state without it.
 */
import type { SvgNode } from '../charts/types.ts';
import type { Lang } from '../i18n/locale.ts';
import { applyTree } from './apply-tree.ts';
import { CHART_LOADERS, type AnyChart } from './chart-loaders.ts';
import { STICKY_SHARE } from '../components/chart-layouts.ts';
import { createScroller } from './scroller.ts';
import { currentStepIndex, focusScrollDelta, motionDuration, scrollDeltaFor, triggerOffset } from './step-geometry.ts';

let started = false;

function pageLang(): Lang {
  return document.documentElement.lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
let motionMs: number | undefined;
reducedMotion.addEventListener('change', () => (motionMs = undefined));

/** The reader's motion duration, read once (reading styles mid-scroll would force a style recalc). */
function duration(): number {
  motionMs ??= motionDuration(getComputedStyle(document.documentElement).getPropertyValue('--motion-duration'), reducedMotion.matches);
  return motionMs;
}

function whenIdle(fn: (deadline?: IdleDeadline) => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 30);
}

/** Calls `fn` at most once per animation frame. */
function perFrame(fn: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fn();
    });
  };
}

interface LoadedChart {
  readonly module: AnyChart;
  readonly data: unknown;
  readonly box: HTMLElement;
}

async function loadChart(host: HTMLElement): Promise<LoadedChart> {
  const id = host.dataset.chart ?? '';
  const load = CHART_LOADERS[id];
  if (!load) throw new Error(`Chart "${id}" has no browser loader in src/client/chart-loaders.ts.`);
  const module = await load();
  const json = host.querySelector(':scope > script[data-chart-data]')?.textContent;
  const box = host.querySelector<HTMLElement>('.chart-box');
  if (!json || !box || !box.querySelector('svg.chart-drawing')) throw new Error(`Chart "${id}" (#${host.id}) is missing its data or its drawings.`);
  return { module, data: JSON.parse(json) as unknown, box };
}

/** The drawing CSS shows at this viewport (the other layout's is display: none). */
function shownDrawing(box: HTMLElement): SVGSVGElement | undefined {
  return [...box.querySelectorAll<SVGSVGElement>('svg.chart-drawing')].find((svg) => svg.getClientRects().length > 0);
}

function sizeOf(box: HTMLElement, module: AnyChart) {
  const width = Math.max(240, Math.round(box.clientWidth));
  return { width, height: Math.round(width * module.aspect(width)) };
}

async function enhanceScrolly(section: HTMLElement, lang: Lang): Promise<void> {
  const { module, data, box } = await loadChart(section);
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  const graphic = section.querySelector<HTMLElement>('.scrolly__graphic');
  const figure = graphic?.querySelector<HTMLElement>('.chart-figure');
  if (steps.length === 0 || !graphic || !figure) return;
  const states = steps.map((s) => JSON.parse(s.dataset.state ?? '{}') as unknown);
  // The steps' own descriptions are read with their text; the moving picture would only repeat them.
  box.setAttribute('aria-hidden', 'true');
  section.classList.add('is-live');

  let current = -1;
  let drawn: { svg: SVGSVGElement; width: number } | undefined;
  let viewport = { width: innerWidth, height: innerHeight };
  // A phone's URL bar showing or hiding changes the height by less than this: the layout and the line stay.
  const changedViewport = () => innerWidth !== viewport.width || Math.abs(innerHeight - viewport.height) > 120;
  let sticky = false;
  let trigger = 0;
  let boxWidth = 0;

  let stacked = false;
  /**
   * Whether the graphic is sticky at this viewport (CSS decides for short screens, zoom and large text)
   * and whether it fits the sticky area; if not, the flat sequence of pictures reads better. Read on
   * setup and when the width changes, never per scroll.
   */
  const chooseLayout = () => {
    section.classList.remove('is-flat');
    sticky = getComputedStyle(graphic).position === 'sticky';
    stacked = graphic.getBoundingClientRect().width > section.getBoundingClientRect().width * 0.8;
    if (sticky && figure.getBoundingClientRect().height > innerHeight * (stacked ? STICKY_SHARE : 1) + 1) {
      section.classList.add('is-flat');
      sticky = false;
    }
  };
  /** The trigger line and the drawing width, after anything that may move or resize the graphic. */
  const measure = () => {
    trigger = sticky && stacked ? triggerOffset(innerHeight, graphic.getBoundingClientRect().height) : triggerOffset(innerHeight);
    section.dataset.trigger = String(trigger);
    boxWidth = sizeOf(box, module).width;
  };
  chooseLayout();
  measure();

  // Each step's drawing, computed ahead in idle time: a state change then only patches the SVG, which
  // keeps it within one frame on a slow phone.
  const trees = new Map<number, { width: number; tree: SvgNode }>();
  const treeFor = (index: number, width: number): SvgNode => {
    const hit = trees.get(index);
    if (hit?.width === width) return hit.tree;
    const tree = module.render(data, states[index], { width, height: Math.round(width * module.aspect(width)) }, lang);
    trees.set(index, { width, tree });
    return tree;
  };
  const prepareAhead = () => {
    if (!sticky) return;
    let next = 0;
    const work = (deadline?: IdleDeadline) => {
      const width = boxWidth;
      do treeFor(next++, width);
      while (next < states.length && deadline !== undefined && deadline.timeRemaining() > 4);
      if (next < states.length) whenIdle(work);
    };
    whenIdle(work);
  };
  const draw = (index: number, animate: boolean) => {
    // The flat layout shows each step's own picture: the hidden graphic is not redrawn.
    const svg = sticky ? shownDrawing(box) : undefined;
    if (!svg || index < 0) return;
    const width = boxWidth;
    applyTree(svg, treeFor(index, width), duration(), animate && drawn?.svg === svg && drawn.width === width);
    drawn = { svg, width };
  };
  const activate = (index: number, animate: boolean) => {
    if (index === current) return;
    current = index;
    steps.forEach((step, i) => {
      step.classList.toggle('is-active', i === index);
      if (i === index) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    });
    section.dataset.activeStep = steps[index]!.id;
    draw(index, animate);
  };
  const fromGeometry = () => currentStepIndex(steps.map((s) => ({ top: s.getBoundingClientRect().top })), trigger);
  const bringToTrigger = (index: number) => {
    const delta = scrollDeltaFor(steps[index]!.getBoundingClientRect().top, trigger);
    if (Math.abs(delta) > 1) window.scrollTo({ top: window.scrollY + delta, behavior: 'instant' });
  };
  const hashedStep = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    return id === '' ? -1 : steps.findIndex((s) => s.id === id);
  };

  // Set the state before observing anything, so a reload or a shared #step-… link shows the right one.
  const linked = hashedStep();
  if (linked >= 0) {
    bringToTrigger(linked);
    activate(linked, false);
  } else {
    activate(fromGeometry(), false);
  }

  // A step chosen by keyboard focus keeps the chart until the reader scrolls away from where focus
  // left the page: scroll events still in flight from the focus's own scrolling must not undo it.
  let focusedAt: number | undefined;
  const fromScroll = (index: number) => {
    if (focusedAt !== undefined && Math.abs(window.scrollY - focusedAt) < 2) return;
    focusedAt = undefined;
    activate(index, true);
  };
  prepareAhead();
  const scroller = createScroller(steps, trigger, fromScroll);
  // A jump can cross several steps between two frames with no event: when a scroll ends, geometry decides.
  const settle = () => fromScroll(fromGeometry());
  if ('onscrollend' in window) addEventListener('scrollend', settle, { passive: true });
  else {
    let timer = 0;
    addEventListener('scroll', () => {
      clearTimeout(timer);
      timer = window.setTimeout(settle, 150);
    }, { passive: true });
  }
  const relayout = perFrame(() => {
    const before = trigger;
    if (changedViewport()) {
      viewport = { width: innerWidth, height: innerHeight };
      chooseLayout();
    }
    measure();
    if (trigger !== before) scroller.setOffset(trigger);
    const svg = sticky ? shownDrawing(box) : undefined;
    if (svg && (svg !== drawn?.svg || boxWidth !== drawn.width)) {
      applyTree(svg, treeFor(current, boxWidth), duration(), false);
      drawn = { svg, width: boxWidth };
      prepareAhead();
    }
    settle();
  });
  // Anything that moves the steps or resizes the graphic (fonts, a table opened above, a reflow).
  new ResizeObserver(relayout).observe(figure);
  addEventListener('resize', () => {
    if (changedViewport()) relayout();
  });
  addEventListener('hashchange', () => {
    const index = hashedStep();
    if (index < 0) return;
    bringToTrigger(index);
    activate(index, true);
  });
  section.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const step = target.closest<HTMLElement>('[data-step]');
    const index = step ? steps.indexOf(step) : -1;
    if (index < 0) return;
    // Keyboard focus: scroll as little as needed for the focused step to own the trigger line, without
    // losing sight of what has focus. A click already has its step in view.
    if (target.matches(':focus-visible') && sticky) {
      const delta = focusScrollDelta(
        steps.map((s) => s.getBoundingClientRect()),
        index,
        trigger,
        target.getBoundingClientRect(),
        innerHeight,
      );
      if (delta !== 0) window.scrollTo({ top: window.scrollY + delta, behavior: 'instant' });
    }
    focusedAt = window.scrollY;
    activate(index, true);
  });
}

async function enhanceFigure(figure: HTMLElement, lang: Lang): Promise<void> {
  const { module, data, box } = await loadChart(figure);
  const state = JSON.parse(figure.dataset.state ?? '{}') as unknown;
  let drawn: { svg: SVGSVGElement; width: number } | undefined;
  const draw = () => {
    const svg = shownDrawing(box);
    const size = sizeOf(box, module);
    if (!svg || (svg === drawn?.svg && size.width === drawn.width)) return;
    drawn = { svg, width: size.width };
    applyTree(svg, module.render(data, state, size, lang), duration(), false);
  };
  draw();
  addEventListener('resize', perFrame(draw));
}

export function enhanceCharts(): void {
  if (started) return;
  started = true;
  const lang = pageLang();
  const fail = (host: HTMLElement) => (error: unknown) => console.error(`Chart #${host.id} stays in its printed state:`, error);
  for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) enhanceScrolly(section, lang).catch(fail(section));
  for (const figure of document.querySelectorAll<HTMLElement>('[data-chart-figure]')) enhanceFigure(figure, lang).catch(fail(figure));
}
