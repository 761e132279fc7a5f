"use client";

import { Copy, Trash } from "lucide-react";
import { useParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { MAX_NODE_NAME_CHARS } from "@/lib/workflow/graph";
import { isNodeType, nodeLabel, nodeTypeMeta, runsAsStep } from "@/lib/workflow/node-types";
import { cn } from "@/lib/utils";
import { ConfigForm } from "./config-form/config-form";
import { configIssues } from "./config-issues";
import { runCommand } from "./editor-commands";
import { useEditor, useEditorStore } from "./editor-context";
import { sealEdits, selectedStepId, updateStep, type EditorState } from "./editor-state";
import { type StepData } from "./flow-mapping";
import { JsonField } from "./json-field";
import { CATEGORY_LOOKS, NODE_ICONS, UNKNOWN_ICON, UNKNOWN_LOOK } from "./node-looks";
import { StepSettingsFields } from "./step-settings-fields";
import { StepTest } from "./step-test";

const selectReadOnly = (state: EditorState) => state.readOnly;
const selectedCount = (state: EditorState) => state.nodes.reduce((n, node) => (node.selected ? n + 1 : n), 0);

/** The side panel for the one selected step; a hint while none or several are selected. */
export function StepPanel() {
  const id = useEditor(selectedStepId);
  const count = useEditor(selectedCount);
  if (id)
    return (
      <>
        <StepEditor key={id} id={id} />
        <StepTestSlot key={`test:${id}`} id={id} />
      </>
    );
  return (
    <p className="p-4 text-sm text-muted-foreground">
      {count > 1
        ? `${count} steps selected. Select one step to change its settings.`
        : "Select a step to change its settings."}
    </p>
  );
}

function StepEditor({ id }: { id: string }) {
  const store = useEditorStore();
  const data = useEditor(useCallback((state: EditorState) => state.nodes.find((node) => node.id === id)?.data, [id]));
  const readOnly = useEditor(selectReadOnly);
  const problems = useEditor(useCallback((state: EditorState) => state.problems.byNode.get(id), [id]));
  const change = useCallback(
    (patch: Partial<StepData>, key: string) => store.update((state) => updateStep(state, id, patch, `${key}:${id}`)),
    [id, store],
  );
  const seal = useCallback(() => store.update(sealEdits), [store]);
  const issues = useMemo(() => (data ? configIssues(data.type, data.config) : []), [data]);
  if (!data) return null;

  const type = isNodeType(data.type) ? data.type : null;
  const meta = type ? nodeTypeMeta(type) : null;
  const Icon = type ? NODE_ICONS[type] : UNKNOWN_ICON;
  const tile = meta ? CATEGORY_LOOKS[meta.category].tile : UNKNOWN_LOOK.tile;
  // Config problems (and, with the form, references and syntax in config fields) are shown per
  // field; the rest (connections, the step's place in the graph) here.
  const otherProblems =
    problems?.filter(
      (problem) => problem.code !== "invalid_config" && !(type && problem.field?.startsWith("config.")),
    ) ?? [];

  return (
    <form
      aria-label="Step settings"
      className="grid gap-5 p-4"
      onSubmit={(event) => event.preventDefault()}
      onBlur={seal}
    >
      <div className="flex items-start gap-3">
        <span className={cn("flex size-9 shrink-0 items-center justify-center rounded-md", tile)}>
          <Icon aria-hidden="true" className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h2 className="text-base font-semibold">{meta?.label ?? `Unknown type "${data.type}"`}</h2>
          <p className="text-sm text-muted-foreground">
            {meta?.description ??
              "This build of Switchboard does not know this type. Delete the step or change its type."}
          </p>
        </div>
      </div>
      {readOnly ? null : (
        <div className="flex gap-2">
          <Button variant="outline" size="sm" onClick={() => store.update((state) => runCommand(state, "duplicate"))}>
            <Copy aria-hidden="true" />
            Duplicate
          </Button>
          <Button variant="outline" size="sm" onClick={() => store.update((state) => runCommand(state, "delete"))}>
            <Trash aria-hidden="true" />
            Delete
          </Button>
        </div>
      )}
      <FormField label="Name">
        <Input
          value={data.name ?? ""}
          placeholder={id}
          maxLength={MAX_NODE_NAME_CHARS}
          readOnly={readOnly}
          onChange={(event) => change({ name: event.target.value || undefined }, "name")}
        />
      </FormField>
      <FormField label="Id" description={`Other steps use its output as {{ nodes.${id}.output }}.`}>
        <Input value={id} readOnly className="font-mono" />
      </FormField>
      {type ? (
        <ConfigForm
          stepId={id}
          stepLabel={nodeLabel({ id, name: data.name })}
          type={type}
          config={data.config}
          problems={problems}
          readOnly={readOnly}
          onChange={(config, key) => change({ config }, key)}
        />
      ) : null}
      {/* Open by default: everything stays editable as JSON, including what the form cannot show. */}
      <details open>
        <summary className="cursor-pointer text-sm font-medium text-muted-foreground hover:text-foreground">
          Advanced: edit as JSON
        </summary>
        <JsonField
          label="Config (JSON)"
          value={data.config}
          issues={issues}
          readOnly={readOnly}
          className="mt-2"
          onCommit={(config) => change({ config }, "config")}
        />
      </details>
      {type && runsAsStep(type) ? <StepSettingsFields data={data} readOnly={readOnly} onChange={change} /> : null}
      {otherProblems.length ? (
        <section aria-label="Other problems with this step" className="grid gap-1">
          <h3 className="text-sm font-semibold">Other problems</h3>
          <ul className="grid gap-1 text-sm text-destructive">
            {otherProblems.map((problem) => (
              <li key={`${problem.code}:${problem.field ?? ""}:${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </form>
  );
}

/**
 * "Test this step" under the settings (beside their form, not in it: forms do not nest), for
 * steps that run and people who may edit. The editor lives at /workflows/[id]/edit and the
 * workspace does not hand the workflow's id down, so it comes from the address.
 */
function StepTestSlot({ id }: { id: string }) {
  const params = useParams<{ id?: string }>();
  const data = useEditor(useCallback((state: EditorState) => state.nodes.find((node) => node.id === id)?.data, [id]));
  const readOnly = useEditor(selectReadOnly);
  const workflowId = typeof params?.id === "string" ? params.id : null;
  if (readOnly || !workflowId || !data || !isNodeType(data.type) || !runsAsStep(data.type)) return null;
  return <StepTest workflowId={workflowId} nodeId={id} data={data} />;
}
