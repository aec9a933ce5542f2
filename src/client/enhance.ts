/**
 * The browser enhancer, set up once per page; each <Scrolly> is set up as the reader nears it, and reads
 * its geometry only while near. For each: the graphic becomes sticky (CSS),
 * scrollama's step events drive the state while the reader scrolls, and geometry settles it on load,
 * for a #step-… link, after a resize and when a scroll ends. Every step's drawing was made at build time
 * (src/components/step-trees.ts): the enhancer fetches that one cached file for the layout on screen and
 * moves the existing marks to the step's attributes (CSS transitions them, none under reduced motion), so
 * no chart code runs in the browser. Focusing a step from the keyboard shows its state.
 * Each chart is in the page twice (narrow and wide drawings, CSS shows one); only the shown one moves.
 * Everything here is progressive: the built page already shows every state without it.
 */
import type { SvgNode } from '../charts/types.ts';
import { applyTree } from './apply-tree.ts';
import { STICKY_SHARE, type DrawLayout } from '../components/chart-layouts.ts';
import { createScroller } from './scroller.ts';
import { isLaidOut } from './laid-out.ts';
import { layOutAhead } from './lay-out-ahead.ts';
import { linkedId } from './linked-id.ts';
import { currentStepIndex, focusScrollDelta, motionDuration, scrollDeltaFor, triggerOffset } from './step-geometry.ts';

let started = false;

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
let motionMs: number | undefined;
reducedMotion.addEventListener('change', () => (motionMs = undefined));

/** The reader's motion duration, read once (reading styles mid-scroll would force a style recalc). */
function duration(): number {
  motionMs ??= motionDuration(getComputedStyle(document.documentElement).getPropertyValue('--motion-duration'), reducedMotion.matches);
  return motionMs;
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

type StepTrees = Readonly<Record<DrawLayout['name'], string>>;

const treeFiles = new Map<string, Promise<readonly SvgNode[]>>();

/** A sequence's step drawings for one layout; fetched once per page (and cached for good by the host). */
function loadTrees(url: string): Promise<readonly SvgNode[]> {
  let trees = treeFiles.get(url);
  if (!trees) {
    trees = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json() as Promise<readonly SvgNode[]>;
    });
    // A failed fetch (a phone losing its signal) is forgotten, so the next step tries again.
    trees.catch(() => treeFiles.delete(url));
    treeFiles.set(url, trees);
  }
  return trees;
}

/** The drawing CSS shows at this viewport (the other layout's is display: none). */
function shownDrawing(box: HTMLElement): SVGSVGElement | undefined {
  return [...box.querySelectorAll<SVGSVGElement>('svg.chart-drawing')].find((svg) => svg.getClientRects().length > 0);
}

/** Told by the page's one observer whether the sequence is within a screen of the reader. */
type NearbyListener = (nearby: boolean) => void;
const IGNORE_NEARBY: NearbyListener = () => undefined;

function enhanceScrolly(section: HTMLElement): NearbyListener {
  const box = section.querySelector<HTMLElement>('.chart-box');
  const files = JSON.parse(section.dataset.stepTrees ?? 'null') as StepTrees | null;
  if (!box || !files) throw new Error(`The sequence #${section.id} is missing its drawings or their files.`);
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  const graphic = section.querySelector<HTMLElement>('.scrolly__graphic');
  const figure = graphic?.querySelector<HTMLElement>('.chart-figure');
  if (steps.length === 0 || !graphic || !figure) return IGNORE_NEARBY;
  // The steps' own descriptions are read with their text; the moving picture would only repeat them.
  box.setAttribute('aria-hidden', 'true');
  section.classList.add('is-live');

  let current = -1;
  let drawn: SVGSVGElement | undefined;
  let viewport = { width: innerWidth, height: innerHeight };
  // A phone's URL bar showing or hiding changes the height by less than this: the layout and the line stay.
  const changedViewport = () => innerWidth !== viewport.width || Math.abs(innerHeight - viewport.height) > 120;
  let sticky = false;
  let trigger = 0;

  let stacked = false;
  /**
   * The drawing shown while pinned, found with the rest of the layout and not per step: finding it reads
   * geometry, and just after a step's cards change class that made the browser lay the page out inside
   * the step's task (about 20 of 90 ms on a CPU slowed 4×).
   */
  let shown: SVGSVGElement | undefined;
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
  /** The trigger line and the drawing shown, after anything that may move or resize the graphic. */
  const measure = () => {
    trigger = sticky && stacked ? triggerOffset(innerHeight, graphic.getBoundingClientRect().height) : triggerOffset(innerHeight);
    shown = sticky ? shownDrawing(box) : undefined;
    section.dataset.trigger = String(trigger);
    // The browser scrolls to a #step-… link again as the page finishes loading, to the step's scroll
    // margin: with the chart pinned, the margin is the trigger line, so it lands where bringToTrigger put
    // it, the card below the chart, not under it.
    const margin = sticky ? `${trigger - scrollDeltaFor(0, 0)}px` : '';
    for (const step of steps) step.style.scrollMarginTop = margin;
  };
  chooseLayout();
  measure();

  const fail = (error: unknown) => console.error(`Chart #${section.id} stays in its printed state:`, error);
  /** Moves the shown drawing to the current step once its layout's file is here; a later step wins. */
  const draw = (animate: boolean) => {
    const svg = shown;
    const layout = svg?.dataset.layout as DrawLayout['name'] | undefined;
    if (!svg || !layout || current < 0) return;
    const index = current;
    loadTrees(files[layout])
      .then((trees) => {
        if (index !== current || svg !== shown) return;
        const tree = trees[index];
        if (!tree) throw new Error(`${files[layout]} has no drawing for step ${index + 1}`);
        applyTree(svg, tree, duration(), animate && drawn === svg);
        drawn = svg;
      })
      .catch(fail);
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
    draw(animate);
  };
  const fromGeometry = () =>
    currentStepIndex(
      steps.map((s) => ({ top: s.getBoundingClientRect().top })),
      trigger,
    );
  const bringToTrigger = (index: number) => {
    const delta = scrollDeltaFor(steps[index]!.getBoundingClientRect().top, trigger);
    if (Math.abs(delta) > 1) window.scrollTo({ top: window.scrollY + delta, behavior: 'instant' });
  };
  const hashedStep = () => {
    const id = linkedId();
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
  const scroller = createScroller(steps, trigger, fromScroll);
  // A jump can cross several steps between two frames with no event: when a scroll ends, geometry decides.
  // Geometry is read only while the browser lays the sequence out: off screen it skips it (global.css),
  // and reading it would make it lay the sequence out again at each scroll's end.
  let nearby = true;
  const settle = () => {
    if (nearby && isLaidOut(steps[0]!)) fromScroll(fromGeometry());
  };
  // scrollend fires inside the frame the scroll ended in: a step changed there would put the chart's new
  // layout and paint in that same frame, one long task on a slow phone. Deciding in the next task splits them.
  if ('onscrollend' in window) addEventListener('scrollend', () => setTimeout(settle, 0), { passive: true });
  else {
    let timer = 0;
    addEventListener(
      'scroll',
      () => {
        clearTimeout(timer);
        timer = window.setTimeout(settle, 150);
      },
      { passive: true },
    );
  }
  // Far off, a change is noted and measured when the reader comes near; coming near with nothing
  // changed measures nothing (that would lay out the sequence while the browser still skips it).
  let stale = false;
  const relayout = perFrame(() => {
    stale = !nearby;
    if (stale) return;
    const before = trigger;
    if (changedViewport()) {
      viewport = { width: innerWidth, height: innerHeight };
      chooseLayout();
    }
    measure();
    if (trigger !== before) scroller.setOffset(trigger);
    // Across the layout breakpoint the other drawing shows: it takes the current state at once.
    if (shown !== drawn) draw(false);
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
  return (near) => {
    nearby = near;
    if (nearby && stale) relayout();
  };
}

/** Sets up one sequence; a failure leaves it (and only it) in its printed state. */
function start(section: HTMLElement): NearbyListener {
  try {
    return enhanceScrolly(section);
  } catch (error) {
    console.error(`Chart #${section.id} stays in its printed state:`, error);
    return IGNORE_NEARBY;
  }
}

/** The sequence holding the element a #… link points at, if any. */
function linkedSequence(sections: readonly HTMLElement[]): HTMLElement | undefined {
  const id = linkedId();
  const target = id ? document.getElementById(id) : null;
  return target ? sections.find((section) => section.contains(target)) : undefined;
}

export function enhanceCharts(): void {
  if (started) return;
  started = true;
  const sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
  const begun = new Map<Element, NearbyListener>();
  const begin = (section: Element) => {
    if (!begun.has(section)) begun.set(section, start(section as HTMLElement));
  };
  // One observer, a screen ahead, sets each sequence up as the reader nears it and then tells it when it
  // is near, the only time it reads its geometry. A screen ahead, the sequence is already laid out (in an
  // idle task after load, lay-out-ahead.ts, or by the browser, whose own margin is wider); set up two
  // screens ahead, the setup's first geometry read made the browser lay out the whole sequence inside the
  // setup, one task of 80–110 ms on a CPU slowed 4×. Set up at load, every sequence would be laid out in
  // one long task while the page loads, and a sticky chart already painted could change its layout. The
  // sequence a link points into, or that keyboard focus enters, starts at once, so it shows its step.
  const near = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        const listener = begun.get(target);
        if (listener) listener(isIntersecting);
        else if (isIntersecting) begin(target);
      }
    },
    { rootMargin: '100% 0px' },
  );
  const linked = linkedSequence(sections);
  if (linked) begin(linked);
  for (const section of sections) near.observe(section);
  layOutAhead(sections);
  addEventListener('hashchange', () => {
    const section = linkedSequence(sections);
    if (section) begin(section);
  });
  // Capturing, so a sequence started here still gets this focus event itself.
  document.addEventListener(
    'focusin',
    (event) => {
      const section = event.target instanceof Element ? event.target.closest('[data-scrolly]') : null;
      if (section) begin(section);
    },
    { capture: true },
  );
}
