import * as React from "react";
import { ChevronDownIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { controlClassName } from "@/components/ui/input";

type NativeSelectProps = React.ComponentProps<"select"> & {
  /** Class for the wrapping element (width/layout); `className` styles the <select>. */
  wrapperClassName?: string;
};

/** A styled native <select>. Pass <option> elements as children. */
function NativeSelect({ className, wrapperClassName, ...props }: NativeSelectProps) {
  return (
    <div data-slot="native-select-wrapper" className={cn("relative w-full", wrapperClassName)}>
      <select
        data-slot="native-select"
        className={cn(controlClassName, "h-9 cursor-pointer appearance-none py-1 pr-9", className)}
        {...props}
      />
      <ChevronDownIcon
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}

export { NativeSelect, type NativeSelectProps };
