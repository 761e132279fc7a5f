type Props = { title: string; onOpen: () => void };

/** The task's title; opens its details. */
export function TaskTitleButton({ title, onOpen }: Props) {
  return (
    <button
      type="button"
      onClick={onOpen}
      className="rounded-sm text-left font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
    >
      {title}
    </button>
  );
}
