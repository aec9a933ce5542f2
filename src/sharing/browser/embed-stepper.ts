/**
 * The embed's compact stepper: with JavaScript, one step at a time, chosen from the numbered list (links
 * to each step, so they also work as plain anchors). Without it, every step stays on the page in order.
 */
export function enhanceEmbed(): void {
  const root = document.querySelector<HTMLElement>('[data-embed]');
  const nav = root?.querySelector<HTMLElement>('[data-embed-stepper]');
  if (!root || !nav) return;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-embed-step]')];
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('[data-step-link]')];
  const show = (id: string) => {
    for (const step of steps) step.hidden = step.id !== id;
    for (const link of links) {
      if (link.dataset.stepLink === id) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
  };
  const fromHash = steps.find((s) => `#${s.id}` === location.hash)?.id;
  show(fromHash ?? steps[0]!.id);
  root.classList.add('is-stepping');
  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      show(link.dataset.stepLink!);
      history.replaceState(null, '', `#${link.dataset.stepLink}`);
    });
  }
  // On paper every step is shown, as without JavaScript.
  window.addEventListener('beforeprint', () => steps.forEach((s) => (s.hidden = false)));
  window.addEventListener('afterprint', () => show(links.find((l) => l.hasAttribute('aria-current'))?.dataset.stepLink ?? steps[0]!.id));
}
