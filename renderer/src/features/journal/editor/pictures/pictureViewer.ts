// "Click to view large": the picture alone in a modal <dialog>, closed by a click anywhere, Escape or its button.
export function openPictureViewer(src: string, caption: string): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'picture-viewer';
  dialog.setAttribute('aria-label', caption ? `Picture: ${caption}` : 'Picture');
  const image = document.createElement('img');
  image.src = src;
  image.alt = caption;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'picture-viewer-close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  dialog.append(image, close);
  if (caption) {
    const text = document.createElement('p');
    text.textContent = caption;
    dialog.append(text);
  }
  dialog.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}
