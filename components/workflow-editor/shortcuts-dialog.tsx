"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { SHORTCUT_HELP } from "./editor-shortcuts";

/** Every keyboard and mouse shortcut the editor has. */
export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogDescription>They work anywhere in the editor except while typing in a box.</DialogDescription>
        </DialogHeader>
        <table className="w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUT_HELP.map((shortcut) => (
              <tr key={shortcut.description} className="border-b last:border-0">
                <td className="py-2 pr-4 align-top whitespace-nowrap">
                  {shortcut.keys.map((combo, index) => (
                    <span key={combo.join("+")}>
                      {index > 0 ? <span className="mx-1 text-muted-foreground">or</span> : null}
                      {combo.map((key, keyIndex) => (
                        <span key={key}>
                          {keyIndex > 0 ? <span className="mx-0.5 text-muted-foreground">+</span> : null}
                          <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
                        </span>
                      ))}
                    </span>
                  ))}
                </td>
                <td className="py-2 align-top">{shortcut.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </DialogContent>
    </Dialog>
  );
}
