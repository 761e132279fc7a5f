/** Model text arriving for a step that is running; it becomes the step's output when it finishes. */
export function StreamedText({ text }: { text: string }) {
  return (
    <figure className="grid min-w-0 gap-1">
      <figcaption className="text-xs font-medium text-muted-foreground">Streaming output</figcaption>
      <pre
        tabIndex={0}
        aria-busy="true"
        className="max-h-48 overflow-auto rounded-md border border-dashed bg-background p-2 font-mono text-xs break-words whitespace-pre-wrap outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        {text}
      </pre>
    </figure>
  );
}
