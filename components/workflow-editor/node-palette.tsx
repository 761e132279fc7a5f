"use client";

import { memo, useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { nodeTypeMeta, type NodeType } from "@/lib/workflow/node-types";
import { cn } from "@/lib/utils";
import { CATEGORY_LOOKS, NODE_ICONS } from "./node-looks";
import { startStepDrag } from "./palette-drag";
import { paletteGroups } from "./palette-groups";
import { useAddStep } from "./use-add-step";

/** The steps to add, by category, with a search: click one to add it mid-canvas, or drag it where it goes. */
export const NodePalette = memo(function NodePalette() {
  const [search, setSearch] = useState("");
  const groups = paletteGroups(search);
  const addStep = useAddStep();
  const searchId = useId();
  return (
    <aside aria-label="Steps to add" className="flex min-h-0 w-64 shrink-0 flex-col border-r bg-background">
      <div className="border-b p-3">
        <label htmlFor={searchId} className="sr-only">
          Search steps
        </label>
        <Input
          id={searchId}
          type="search"
          placeholder="Search steps"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        {groups.length ? (
          <div className="grid gap-4">
            {groups.map((group) => (
              <section key={group.category} aria-labelledby={`${searchId}-${group.category}`}>
                <h2
                  id={`${searchId}-${group.category}`}
                  className="mb-1.5 text-xs font-semibold tracking-wide text-muted-foreground uppercase"
                >
                  {group.title}
                </h2>
                <ul className="grid gap-1">
                  {group.types.map((type) => (
                    <li key={type}>
                      <PaletteItem type={type} onAdd={addStep} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">No step matches “{search}”.</p>
        )}
      </div>
      <p className="border-t p-3 text-xs text-muted-foreground">Click a step to add it, or drag it onto the canvas.</p>
    </aside>
  );
});

function PaletteItem({ type, onAdd }: { type: NodeType; onAdd: (type: NodeType) => void }) {
  const meta = nodeTypeMeta(type);
  const Icon = NODE_ICONS[type];
  const descriptionId = useId();
  return (
    <button
      type="button"
      draggable
      onDragStart={(event) => startStepDrag(event, type)}
      onClick={() => onAdd(type)}
      aria-label={`Add ${meta.label}`}
      aria-describedby={descriptionId}
      className="flex w-full cursor-grab items-start gap-2 rounded-md p-2 text-left hover:bg-accent focus-visible:bg-accent active:cursor-grabbing"
    >
      <span
        className={cn(
          "flex size-7 shrink-0 items-center justify-center rounded-md",
          CATEGORY_LOOKS[meta.category].tile,
        )}
      >
        <Icon aria-hidden="true" className="size-4" />
      </span>
      <span className="min-w-0">
        <span className="block text-sm font-medium">{meta.label}</span>
        <span id={descriptionId} className="line-clamp-2 text-xs text-muted-foreground">
          {meta.description}
        </span>
      </span>
    </button>
  );
}
