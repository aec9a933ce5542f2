/**
 * The browser enhancer, set up once per page. For each <Scrolly>: the graphic becomes sticky (CSS), the
 * current step is derived from geometry on every scroll and resize, and the chart's own module redraws
 * the state (CSS transitions of the changed attributes, none under reduced motion). A #step-… link opens at that step's state;
 * focusing a step from the keyboard shows its state. Each <Figure> is redrawn at its real width.
 * Everything here is progressive: the built page already shows every state without it.
 */
import type { Lang } from '../i18n/locale.ts';
import { applyTree } from './apply-tree.ts';
import { CHART_LOADERS, type AnyChart } from './chart-loaders.ts';
import { createScroller } from './scroller.ts';
import { currentStepIndex, motionDuration, scrollDeltaFor, triggerOffset } from './step-geometry.ts';

let started = false;

function pageLang(): Lang {
  return document.documentElement.lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function duration(): number {
  const css = getComputedStyle(document.documentElement).getPropertyValue('--motion-duration');
  return motionDuration(css, matchMedia('(prefers-reduced-motion: reduce)').matches);
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

  const draw = (index: number, ms: number) => {
    const size = sizeOf(box, aspect);
    applyTree(svg, module.render(data, states[index], size, lang), size.width === drawnWidth ? ms : 0);
    drawnWidth = size.width;
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
    draw(index, animate ? duration() : 0);
  };
  const fromGeometry = () => currentStepIndex(steps.map((s) => s.getBoundingClientRect()), trigger);
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

  const scroller = createScroller(steps, trigger, sync);
  addEventListener('scroll', perFrame(sync), { passive: true });
  addEventListener(
    'resize',
    perFrame(() => {
      if (innerWidth !== viewportWidth) {
        viewportWidth = innerWidth;
        trigger = triggerOffset(innerWidth, innerHeight);
        scroller.setOffset(trigger);
      }
      if (sizeOf(box, aspect).width !== drawnWidth) draw(current, 0);
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
    const step = (event.target as Element).closest<HTMLElement>('[data-step]');
    const index = step ? steps.indexOf(step) : -1;
    if (index < 0) return;
    // Keyboard focus brings the step to the line; a click already has it in view.
    if ((event.target as Element).matches(':focus-visible')) bringToTrigger(index);
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
    applyTree(svg, module.render(data, state, size, lang), 0);
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
