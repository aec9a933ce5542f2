/**
 * Copy buttons: <button data-copy="id-of-the-text" hidden> next to a role="status" element. The button
 * appears only where the clipboard can be written; the status element announces the result.
 */
export function enhanceCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset.copyReady) continue;
    button.dataset.copyReady = 'true';
    const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy!)?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = status.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = status.dataset.failed ?? '';
      }
    });
  }
}
