/**
 * Saves text as a file, without the network: a Blob, an object URL and a click on an <a download>. The URL is
 * revoked later rather than at once: some browsers read the blob after the click returns (FileSaver.js waits
 * 40 s for the same reason).
 */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Saves a Blob (a PNG, an SVG) as a file, the same way. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
