// Resizable panes: a splitter (role="separator", focusable) between two panes sets a CSS custom
// property on the workspace (a percentage), by dragging or with the arrow keys (Home/End for the
// limits). Sizes are kept in localStorage.
export interface SplitterOptions {
  element: HTMLElement; // the separator
  container: HTMLElement; // where the custom property is set, and whose size is 100%
  property: string; // e.g. "--editor-width"
  orientation: "vertical" | "horizontal"; // vertical: splits left | right; horizontal: top / bottom
  initial: number; // percent
  min: number;
  max: number;
  storageKey: string;
  onResize?: () => void;
}

export function makeSplitter(options: SplitterOptions): void {
  const { element, container, property, orientation, min, max } = options;
  let value = options.initial;
  try {
    const stored = Number(localStorage.getItem(options.storageKey));
    if (stored >= min && stored <= max) value = stored;
  } catch {
    // no storage: start from the default
  }

  const set = (percent: number, save: boolean) => {
    value = Math.min(max, Math.max(min, percent));
    container.style.setProperty(property, `${value}%`);
    element.setAttribute("aria-valuenow", String(Math.round(value)));
    if (save) {
      try {
        localStorage.setItem(options.storageKey, String(value));
      } catch {
        // not kept
      }
    }
    options.onResize?.();
  };

  element.setAttribute("role", "separator");
  element.setAttribute("tabindex", "0");
  element.setAttribute("aria-orientation", orientation);
  element.setAttribute("aria-valuemin", String(min));
  element.setAttribute("aria-valuemax", String(max));
  set(value, false);

  element.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    element.setPointerCapture(event.pointerId);
    element.classList.add("dragging");
    const rect = container.getBoundingClientRect();
    const move = (e: PointerEvent) => {
      const percent =
        orientation === "vertical"
          ? ((e.clientX - rect.left) / rect.width) * 100
          : ((e.clientY - rect.top) / rect.height) * 100;
      set(percent, false);
    };
    const up = (e: PointerEvent) => {
      element.releasePointerCapture(e.pointerId);
      element.classList.remove("dragging");
      element.removeEventListener("pointermove", move);
      element.removeEventListener("pointerup", up);
      element.removeEventListener("pointercancel", up);
      set(value, true);
    };
    element.addEventListener("pointermove", move);
    element.addEventListener("pointerup", up);
    element.addEventListener("pointercancel", up);
  });

  element.addEventListener("keydown", (event) => {
    const step = event.shiftKey ? 10 : 2;
    const back = orientation === "vertical" ? "ArrowLeft" : "ArrowUp";
    const forward = orientation === "vertical" ? "ArrowRight" : "ArrowDown";
    if (event.key === back) set(value - step, true);
    else if (event.key === forward) set(value + step, true);
    else if (event.key === "Home") set(min, true);
    else if (event.key === "End") set(max, true);
    else return;
    event.preventDefault();
  });
}
