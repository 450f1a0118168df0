/** Saves `content` as a file through a Blob URL: no permission, no network, nothing kept afterwards. */
export function downloadFile(fileName: string, content: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: revoking during the click can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type Download = typeof downloadFile;
