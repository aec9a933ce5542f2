/**
 * Copy buttons for citations and copy-on-click for section links. Without JavaScript the citations are
 * plain selectable text (their buttons stay hidden) and section links are ordinary #id links.
 * Every copy is announced through a polite live region, so screen reader users hear that it worked.
 */
let pageStatus: HTMLElement | undefined;

function statusFor(element: Element): HTMLElement {
  const local = element.closest('[data-cite-block]')?.querySelector<HTMLElement>('[data-copy-status]');
  if (local) return local;
  if (!pageStatus) {
    pageStatus = document.createElement('p');
    pageStatus.className = 'visually-hidden';
    pageStatus.setAttribute('role', 'status');
    pageStatus.setAttribute('aria-live', 'polite');
    document.body.append(pageStatus);
  }
  return pageStatus;
}

/** Clears first, so the same message said twice is announced twice. */
function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function selectContents(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copyCitation(button: HTMLButtonElement): Promise<void> {
  const target = document.getElementById(button.dataset.copyTarget ?? '');
  if (!target) return;
  const text = target.dataset.citationText ?? target.textContent ?? '';
  const ok = await copy(text.trim());
  if (!ok) selectContents(target);
  announce(statusFor(button), (ok ? button.dataset.copyDone : button.dataset.copyFailed) ?? '');
}

async function copySectionLink(link: HTMLAnchorElement): Promise<void> {
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
  // The link still moves to its section; copying is a bonus, and a failure leaves a working link.
  if (await copy(url)) announce(statusFor(link), link.dataset.copyDone ?? '');
}

export function enhanceCopyLinks(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copyCitation(button));
  }
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-section-link]');
    if (link) void copySectionLink(link);
  });
}
