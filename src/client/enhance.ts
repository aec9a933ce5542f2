/**
 * The browser enhancer, set up once per page. For each <Scrolly>: the graphic becomes sticky (CSS), the
 * current step is derived from geometry on every scroll and resize, and the chart's own module redraws
 * the state (CSS transitions of the changed attributes, none under reduced motion). A #step-… link opens at that step's state;
 * focusing a step from the keyboard shows its state. Each <Figure> is redrawn at its real width.
 * Everything here is progressive: the built page already shows every state without it.
 */
import type { SvgNode } from '../charts/types.ts';
import type { Lang } from '../i18n/locale.ts';
import { applyTree } from './apply-tree.ts';
import { CHART_LOADERS, type AnyChart } from './chart-loaders.ts';
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

async function loadChart(host: HTMLElement): Promise<{ module: AnyChart; data: unknown; svg: SVGSVGElement; box: HTMLElement; aspect: number }> {
  const id = host.dataset.chart ?? '';
  const load = CHART_LOADERS[id];
  if (!load) throw new Error(`Chart "${id}" has no browser loader in src/client/chart-loaders.ts.`);
  const module = await load();
  const json = host.querySelector(':scope > script[data-chart-data]')?.textContent;
  const box = host.querySelector<HTMLElement>('.chart-box');
  const svg = box?.querySelector('svg');
  if (!json || !box || !svg) throw new Error(`Chart "${id}" (#${host.id}) is missing its data or its SVG.`);
  return { module, data: JSON.parse(json) as unknown, svg, box, aspect: Number(host.dataset.aspect) };
}

function sizeOf(box: HTMLElement, aspect: number) {
  const width = Math.max(240, Math.round(box.clientWidth));
  return { width, height: Math.round(width * aspect) };
}

async function enhanceScrolly(section: HTMLElement, lang: Lang): Promise<void> {
  const { module, data, svg, box, aspect } = await loadChart(section);
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  if (steps.length === 0) return;
  const states = steps.map((s) => JSON.parse(s.dataset.state ?? '{}') as unknown);
  // The steps' own descriptions are read with their text; the moving picture would only repeat them.
  box.setAttribute('aria-hidden', 'true');
  section.classList.add('is-live');

  let current = -1;
  let drawnWidth = 0;
  let viewportWidth = innerWidth;
  let trigger = triggerOffset(innerWidth, innerHeight);

  // Step positions in the document, measured when layout changes (not on every scroll, where reading
  // them would force a layout per frame); on scroll only scrollY moves.
  let tops: number[] = [];
  let boxWidth = sizeOf(box, aspect).width;
  const measure = () => {
    const y = window.scrollY;
    tops = steps.map((s) => s.getBoundingClientRect().top + y);
    boxWidth = sizeOf(box, aspect).width;
  };
  measure();
  // Each step's drawing, computed ahead in idle time: a state change then only patches the SVG, which
  // keeps it within one frame on a slow phone.
  const trees = new Map<number, { width: number; tree: SvgNode }>();
  const treeFor = (index: number, width: number): SvgNode => {
    const hit = trees.get(index);
    if (hit?.width === width) return hit.tree;
    const tree = module.render(data, states[index], { width, height: Math.round(width * aspect) }, lang);
    trees.set(index, { width, tree });
    return tree;
  };
  const prepareAhead = () => {
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
    const width = boxWidth;
    applyTree(svg, treeFor(index, width), duration(), animate && width === drawnWidth);
    drawnWidth = width;
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
  const fromGeometry = () => currentStepIndex(tops.map((top) => ({ top: top - window.scrollY })), trigger);
  const sync = () => activate(fromGeometry(), true);
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

  prepareAhead();
  const scroller = createScroller(steps, trigger, sync);
  // Anything that moves the steps (fonts, a table opened above, a reflow) re-measures them.
  new ResizeObserver(() => {
    measure();
    sync();
  }).observe(document.body);
  addEventListener('scroll', perFrame(sync), { passive: true });
  addEventListener(
    'resize',
    perFrame(() => {
      if (innerWidth !== viewportWidth) {
        viewportWidth = innerWidth;
        trigger = triggerOffset(innerWidth, innerHeight);
        scroller.setOffset(trigger);
      }
      measure();
      if (boxWidth !== drawnWidth) {
        draw(current, false);
        prepareAhead();
      }
      sync();
    }),
  );
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
    if (target.matches(':focus-visible')) {
      const delta = focusScrollDelta(
        steps.map((s) => s.getBoundingClientRect()),
        index,
        trigger,
        target.getBoundingClientRect(),
        innerHeight,
      );
      if (delta !== 0) window.scrollTo({ top: window.scrollY + delta, behavior: 'instant' });
    }
    activate(index, true);
  });
}

async function enhanceFigure(figure: HTMLElement, lang: Lang): Promise<void> {
  const { module, data, svg, box, aspect } = await loadChart(figure);
  const state = JSON.parse(figure.dataset.state ?? '{}') as unknown;
  let drawnWidth = 0;
  const draw = () => {
    const size = sizeOf(box, aspect);
    if (size.width === drawnWidth) return;
    drawnWidth = size.width;
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
