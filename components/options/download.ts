/** Saves text as a file through the browser's download (the options page is a normal extension page). */
export type Download = (fileName: string, text: string, mimeType: string) => void;

export const downloadFile: Download = (fileName, text, mimeType) => {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
