/**
 * Copy buttons: `data-copy` names the id of the element whose text is copied; the button says
 * `data-copied` for a moment. Falls back to selecting the text where the clipboard is refused.
 */
export function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const label = button.textContent;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy ?? '');
      if (!source) return;
      const value = source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement ? source.value : (source.textContent ?? '');
      try {
        await navigator.clipboard.writeText(value);
        button.textContent = button.dataset.copied ?? label;
        setTimeout(() => (button.textContent = label), 2000);
      } catch {
        const selection = getSelection();
        const range = document.createRange();
        range.selectNodeContents(source);
        selection?.removeAllRanges();
        selection?.addRange(range);
        if (source instanceof HTMLTextAreaElement) source.select();
      }
    });
  }
}
