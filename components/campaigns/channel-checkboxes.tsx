"use client";

import { useId } from "react";
import { CHANNELS, type Channel } from "@/lib/schemas/campaigns";
import { CHANNEL_LABELS } from "./campaign-fields";

type Props = {
  value: readonly Channel[];
  onChange: (next: Channel[]) => void;
  error?: string;
};

/** One labelled checkbox per channel; the order sent to the server follows CHANNELS. */
export function ChannelCheckboxes({ value, onChange, error }: Props) {
  const errorId = useId();
  const toggle = (channel: Channel, checked: boolean) =>
    onChange(CHANNELS.filter((option) => (option === channel ? checked : value.includes(option))));
  return (
    <fieldset
      data-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      className="group/field grid gap-2"
    >
      <legend className="mb-2 flex items-center gap-2 text-sm leading-none font-medium group-data-[invalid=true]/field:text-destructive">
        Channels
        <span aria-hidden="true" className="text-destructive">
          *
        </span>
      </legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {CHANNELS.map((channel) => (
          <label key={channel} className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 cursor-pointer accent-primary"
              checked={value.includes(channel)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(channel, event.target.checked)}
            />
            {CHANNEL_LABELS[channel]}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
