// Export: the last run's trace saved as a file, made in the page (no server): a Blob of the JSON
// text, an object URL for it and a click on an <a download>. The Blob's type is application/json and
// the link has a download name, so the browser saves the bytes; they are never shown or parsed as a
// page. (The page's Content-Security-Policy governs what the page loads, not what it saves.)

export const TRACE_FILENAME = "loopscope-trace.json"; // LoopScope's trace (docs/trace-format.md)
export const PERFETTO_FILENAME = "loopscope-perfetto.json"; // Chrome Trace Event JSON, for ui.perfetto.dev

export function downloadText(filename: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has taken the bytes by the time the URL is let go (a click starts it at once).
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
