/** Saves text as a file through a temporary object URL. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // revoke later: some browsers read the URL after click() returns
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
