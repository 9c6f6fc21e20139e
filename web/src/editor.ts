// The program editor: CodeMirror 6 with Python highlighting, line numbers, bracket matching, search
// (Mod-F), undo, Mod-Enter to run, an error gutter (marks from the output's tracebacks, cleared on
// the next edit) and a line highlight used when the user follows a link to a line.
//
// The editor lives in a shadow root: CodeMirror injects its styles at run time, and in a shadow root
// it does so with a constructed stylesheet (adoptedStyleSheets), which the page's
// Content-Security-Policy (style-src 'self', no inline styles) allows, where a <style> element in the
// document would be refused. All colours are the page's CSS variables, which inherit into the shadow
// root, so switching the theme only flips CodeMirror's dark flag.
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { pythonLanguage } from "@codemirror/lang-python";
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { Compartment, EditorState, Prec, RangeSet, RangeSetBuilder, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration,
  type DecorationSet,
  drawSelection,
  dropCursor,
  EditorView,
  gutter,
  GutterMarker,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  WidgetType,
} from "@codemirror/view";
import { tags as t } from "@lezer/highlight";
import type { ErrorMark } from "./traceback";

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  dark: boolean;
  onRun: () => void;
  onChange: (source: string) => void; // user edits only (not setSource)
}

export interface Editor {
  readonly view: EditorView;
  source(): string;
  /** Replaces the program (one undoable change; Mod-Z brings the previous program back). */
  setSource(text: string): void;
  setErrors(marks: readonly ErrorMark[]): void;
  /** Puts the cursor on `line`, scrolls it into view and highlights it. */
  goToLine(line: number, focus?: boolean): void;
  setDark(dark: boolean): void;
  focus(): void;
}

// ---- error marks ---------------------------------------------------------------------------

class ErrorGutterMarker extends GutterMarker {
  constructor(readonly mark: ErrorMark) {
    super();
  }
  override eq(other: GutterMarker): boolean {
    return (
      other instanceof ErrorGutterMarker &&
      other.mark.message === this.mark.message &&
      other.mark.severity === this.mark.severity
    );
  }
  override toDOM(): Node {
    const span = document.createElement("span");
    span.className = `cm-error-marker cm-error-marker-${this.mark.severity}`;
    span.textContent = this.mark.severity === "error" ? "●" : "▲";
    span.title = this.mark.message;
    span.setAttribute("role", "img");
    span.setAttribute("aria-label", `${this.mark.severity}: ${this.mark.message}`);
    return span;
  }
}

class MessageWidget extends WidgetType {
  constructor(readonly mark: ErrorMark) {
    super();
  }
  override eq(other: MessageWidget): boolean {
    return other.mark.message === this.mark.message && other.mark.severity === this.mark.severity;
  }
  override toDOM(): HTMLElement {
    const span = document.createElement("span");
    span.className = `cm-error-message cm-error-message-${this.mark.severity}`;
    span.textContent = this.mark.message;
    return span;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

interface ErrorState {
  decorations: DecorationSet;
  gutter: RangeSet<GutterMarker>;
}

const setErrorsEffect = StateEffect.define<readonly ErrorMark[]>();
const EMPTY_ERRORS: ErrorState = { decorations: Decoration.none, gutter: RangeSet.empty };

function buildErrors(state: EditorState, marks: readonly ErrorMark[]): ErrorState {
  const byLine = new Map<number, ErrorMark>();
  for (const mark of marks) if (mark.line >= 1 && mark.line <= state.doc.lines) byLine.set(mark.line, mark);
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const decorations = new RangeSetBuilder<Decoration>();
  const markers = new RangeSetBuilder<GutterMarker>();
  for (const number of lines) {
    const mark = byLine.get(number)!;
    const line = state.doc.line(number);
    decorations.add(line.from, line.from, Decoration.line({ class: `cm-error-line cm-error-line-${mark.severity}` }));
    decorations.add(line.to, line.to, Decoration.widget({ widget: new MessageWidget(mark), side: 1 }));
    markers.add(line.from, line.from, new ErrorGutterMarker(mark));
  }
  return { decorations: decorations.finish(), gutter: markers.finish() };
}

const errorField = StateField.define<ErrorState>({
  create: () => EMPTY_ERRORS,
  update(value, transaction) {
    for (const effect of transaction.effects) {
      if (effect.is(setErrorsEffect)) return buildErrors(transaction.state, effect.value);
    }
    return transaction.docChanged ? EMPTY_ERRORS : value; // stale once the program changes
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

class SpacerMarker extends GutterMarker {
  override toDOM(): Node {
    const span = document.createElement("span");
    span.className = "cm-error-marker-spacer";
    span.textContent = "●";
    return span;
  }
}

const errorGutter = gutter({
  class: "cm-error-gutter",
  markers: (view) => view.state.field(errorField).gutter,
  initialSpacer: () => new SpacerMarker(),
});

// ---- the followed line ----------------------------------------------------------------------

const setFocusLine = StateEffect.define<number | null>();

const focusLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    for (const effect of transaction.effects) {
      if (effect.is(setFocusLine)) {
        if (effect.value === null) return Decoration.none;
        const line = transaction.state.doc.line(effect.value);
        return Decoration.set([Decoration.line({ class: "cm-focus-line" }).range(line.from)]);
      }
    }
    return transaction.docChanged ? Decoration.none : value;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// ---- theme ------------------------------------------------------------------------------------

const baseTheme = EditorView.theme({
  "&": { height: "100%", color: "var(--fg)", backgroundColor: "var(--editor-bg)", fontSize: "var(--code-size)" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.5" },
  ".cm-content": { caretColor: "var(--fg)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: "var(--selection)" },
  ".cm-gutters": { backgroundColor: "var(--editor-gutter-bg)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine": { backgroundColor: "var(--active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--active-line)", color: "var(--fg)" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--bracket-match)", outline: "1px solid var(--accent)" },
  "&.cm-focused .cm-nonmatchingBracket": { backgroundColor: "var(--error-bg)" },
  ".cm-searchMatch": { backgroundColor: "var(--search-match)", outline: "1px solid var(--border)" },
  ".cm-searchMatch.cm-searchMatch-selected": { backgroundColor: "var(--selection)" },
  ".cm-selectionMatch": { backgroundColor: "var(--search-match)" },
  ".cm-panels": { backgroundColor: "var(--panel-bg)", color: "var(--fg)" },
  ".cm-panels.cm-panels-bottom": { borderTop: "1px solid var(--border)" },
  ".cm-textfield": { backgroundColor: "var(--editor-bg)", color: "var(--fg)", border: "1px solid var(--border)" },
  ".cm-button": { backgroundImage: "none", backgroundColor: "var(--button-bg)", color: "var(--fg)", border: "1px solid var(--border)" },
  ".cm-error-gutter .cm-gutterElement": { padding: "0 2px 0 4px", cursor: "default" },
  ".cm-error-marker-error": { color: "var(--error)" },
  ".cm-error-marker-warning": { color: "var(--warning)" },
  ".cm-error-line-error": { backgroundColor: "var(--error-bg)" },
  ".cm-error-line-warning": { backgroundColor: "var(--warning-bg)" },
  ".cm-error-message": { marginLeft: "2em", fontStyle: "italic", fontSize: "0.9em" },
  ".cm-error-message-error": { color: "var(--error)" },
  ".cm-error-message-warning": { color: "var(--warning)" },
  ".cm-focus-line": { backgroundColor: "var(--focus-line)", boxShadow: "inset 3px 0 0 var(--accent)" },
});

const highlightStyle = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword, t.self], color: "var(--tok-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "var(--tok-string)" },
  { tag: [t.number, t.integer, t.float], color: "var(--tok-number)" },
  { tag: [t.bool, t.null, t.atom], color: "var(--tok-bool)" },
  { tag: t.comment, color: "var(--tok-comment)", fontStyle: "italic" },
  { tag: [t.function(t.definition(t.variableName)), t.definition(t.variableName)], color: "var(--tok-definition)" },
  { tag: [t.className, t.definition(t.className), t.typeName], color: "var(--tok-class)" },
  { tag: [t.propertyName, t.function(t.propertyName)], color: "var(--tok-property)" },
  { tag: [t.operator, t.punctuation, t.bracket], color: "var(--tok-operator)" },
  { tag: t.meta, color: "var(--tok-keyword)" },
  { tag: t.invalid, color: "var(--error)" },
]);

// The host's own layout inside the shadow root.
function shadowStyles(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(":host { display: block; } .editor-root { height: 100%; }");
  return sheet;
}

export function createEditor(options: EditorOptions): Editor {
  const shadow = options.parent.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = [shadowStyles()];
  const mount = document.createElement("div");
  mount.className = "editor-root";
  shadow.append(mount);
  const darkMode = new Compartment();
  let programmatic = false;
  const view = new EditorView({
    parent: mount,
    root: shadow,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        Prec.highest(
          keymap.of([
            {
              key: "Mod-Enter",
              run: () => {
                options.onRun();
                return true;
              },
            },
          ]),
        ),
        errorGutter,
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        dropCursor(),
        EditorState.allowMultipleSelections.of(true),
        indentOnInput(),
        indentUnit.of("    "),
        syntaxHighlighting(highlightStyle),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: false }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, indentWithTab]),
        pythonLanguage, // highlighting, indentation, folding; no completion (keeps the bundle small)
        errorField,
        focusLineField,
        baseTheme,
        darkMode.of(EditorView.darkTheme.of(options.dark)),
        EditorView.contentAttributes.of({ "aria-label": "Python program" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !programmatic) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    view,
    source: () => view.state.doc.toString(),
    setSource(text: string) {
      programmatic = true;
      try {
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: text },
          selection: { anchor: 0 },
          scrollIntoView: true,
        });
      } finally {
        programmatic = false;
      }
    },
    setErrors(marks) {
      view.dispatch({ effects: setErrorsEffect.of(marks) });
    },
    goToLine(number, focus = true) {
      if (number < 1 || number > view.state.doc.lines) return;
      const line = view.state.doc.line(number);
      view.dispatch({
        selection: { anchor: line.from },
        effects: [setFocusLine.of(number), EditorView.scrollIntoView(line.from, { y: "center" })],
      });
      if (focus) view.focus();
    },
    setDark(dark) {
      view.dispatch({ effects: darkMode.reconfigure(EditorView.darkTheme.of(dark)) });
    },
    focus: () => view.focus(),
  };
}

