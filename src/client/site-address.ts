/**
 * A build that was not told its public address (SANCTUARY_SITE_URL) cites its pages as
 * "[site address]/en/…", for the reader to fill in, since a path alone is not a web address. The
 * browser knows the address it loaded the page from, so readers with JavaScript get citations, handout
 * addresses and copied text in full, and the note asking them to add the address goes.
 */
export function fillSiteAddress(): void {
  // A page opened from a file has no web address to give.
  if (!/^https?:$/.test(location.protocol)) return;
  for (const element of document.querySelectorAll<HTMLElement>('[data-site-fill-in]')) {
    const fillIn = element.dataset.siteFillIn!;
    const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      if (node.nodeValue?.includes(fillIn)) node.nodeValue = node.nodeValue.replaceAll(fillIn, location.origin);
    }
    const copied = element.dataset.citationText;
    if (copied) element.dataset.citationText = copied.replaceAll(fillIn, location.origin);
    delete element.dataset.siteFillIn;
  }
  for (const note of document.querySelectorAll('[data-site-fill-in-note]')) note.remove();
}
