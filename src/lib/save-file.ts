/** Hands a downloaded blob to the browser as a file, under a name of our choosing. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the URL after click() returns; revoke once they are done with it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
