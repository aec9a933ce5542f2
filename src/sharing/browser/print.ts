/**
 * Printing a chapter: the address and date of printing go in the print header, each data download's
 * address beside its link, and every closed <details> (the data tables, the embed snippets are hidden
 * anyway) is opened for the printout and closed again after. Closed <details> print empty in some
 * browsers whatever the CSS says.
 */
export function preparePrinting(): void {
  const header = document.querySelector<HTMLElement>('[data-print-header]');
  if (!header) return;
  header.querySelector<HTMLElement>('[data-print-tables-note]')?.remove();
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    const url = header.querySelector<HTMLElement>('[data-print-url]');
    if (url) url.textContent = location.href.split('#')[0]!;
    // Paper has no links: each download prints its address, complete now that the page knows its own.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-print-address]')) link.dataset.printAddress = link.href;
    const date = header.querySelector<HTMLElement>('[data-print-date]');
    if (date)
      date.textContent = `· ${new Date().toLocaleDateString(document.documentElement.lang, { year: 'numeric', month: 'long', day: 'numeric' })}`;
    for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
      details.open = true;
      opened.push(details);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
  });
}
