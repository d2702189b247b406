/** Hands a file to the browser to save: the one way the app writes files (exports, tours). */
export function saveFile(filename: string, mime: string, content: string | Uint8Array): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content as BlobPart], { type: mime }));
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
