import { JsonFigure } from "./json-figure";
import type { RunDetail } from "./run-types";

/** What started the run, and what it gave back. */
export function RunIo({ run }: { run: Pick<RunDetail, "input" | "output" | "status"> }) {
  return (
    <section aria-labelledby="run-io-heading" className="grid gap-3 rounded-xl border p-4">
      <h2 id="run-io-heading" className="text-base font-semibold">
        Input and output
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <JsonFigure label="Run input" value={run.input} empty="The run started without input." />
        <JsonFigure
          label="Run output"
          value={run.output}
          empty={run.status === "succeeded" ? "The run gave nothing back." : "No output yet."}
        />
      </div>
    </section>
  );
}
