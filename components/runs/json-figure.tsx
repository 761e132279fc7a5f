type Props = {
  /** The caption, which also names the figure for assistive technology, e.g. "Input". */
  label: string;
  value: unknown;
  /** Said instead of a block when there is no value. */
  empty?: string;
};

/** A value in a captioned, scrollable block: JSON pretty-printed, text as it is. */
export function JsonFigure({ label, value, empty = "Nothing recorded." }: Props) {
  return (
    <figure className="grid min-w-0 gap-1">
      <figcaption className="text-xs font-medium text-muted-foreground">{label}</figcaption>
      {value === null || value === undefined ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        // Focusable so a long block can be scrolled from the keyboard.
        <pre
          tabIndex={0}
          className="max-h-80 overflow-auto rounded-md bg-muted p-3 font-mono text-xs break-words whitespace-pre-wrap outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {typeof value === "string" ? value : JSON.stringify(value, null, 2)}
        </pre>
      )}
    </figure>
  );
}
