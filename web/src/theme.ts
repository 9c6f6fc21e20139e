// Light and dark themes: the page follows prefers-color-scheme until the user picks one with the
// toggle; the pick is kept in localStorage. The theme is `data-theme` on <html>; everything else
// (the page's CSS, the editor's token colours, the timeline's canvas) reads CSS variables from it.
export type Theme = "light" | "dark";

const KEY = "loopscope.theme";

export class ThemeSwitch {
  private listeners: ((theme: Theme) => void)[] = [];
  private readonly query = matchMedia("(prefers-color-scheme: dark)");

  constructor(private readonly button: HTMLButtonElement) {
    this.query.addEventListener("change", () => {
      if (!this.stored()) this.apply();
    });
    button.addEventListener("click", () => {
      const next: Theme = this.current === "dark" ? "light" : "dark";
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // storage unavailable (private mode, quota): the pick lasts for this page only
        this.override = next;
      }
      this.apply();
    });
    this.apply();
  }

  private override: Theme | null = null;

  private stored(): Theme | null {
    if (this.override) return this.override;
    try {
      const value = localStorage.getItem(KEY);
      return value === "light" || value === "dark" ? value : null;
    } catch {
      return null;
    }
  }

  get current(): Theme {
    return this.stored() ?? (this.query.matches ? "dark" : "light");
  }

  onChange(listener: (theme: Theme) => void): void {
    this.listeners.push(listener);
  }

  private apply(): void {
    const theme = this.current;
    document.documentElement.dataset.theme = theme;
    const other = theme === "dark" ? "light" : "dark";
    this.button.setAttribute("aria-label", `Switch to the ${other} theme`);
    this.button.title = `Switch to the ${other} theme`;
    this.button.setAttribute("aria-pressed", String(theme === "dark"));
    for (const listener of this.listeners) listener(theme);
  }
}
