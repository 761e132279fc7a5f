"use client";

import { FormFieldset } from "@/components/ui/form-fieldset";
import { CHANNELS, type Channel } from "@/lib/schemas/campaigns";
import { CHANNEL_LABELS } from "./campaign-fields";

type Props = {
  value: readonly Channel[];
  onChange: (next: Channel[]) => void;
  error?: string;
};

/** One labelled checkbox per channel; the order sent to the server follows CHANNELS. */
export function ChannelCheckboxes({ value, onChange, error }: Props) {
  const toggle = (channel: Channel, checked: boolean) =>
    onChange(CHANNELS.filter((option) => (option === channel ? checked : value.includes(option))));
  return (
    <FormFieldset legend="Channels" required error={error}>
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
    </FormFieldset>
  );
}
