// Type-level checks of SbElement.emit, run by `tsc --noEmit` (part of `npm test`); nothing here runs.
// Each @ts-expect-error line must fail to compile: if emit stopped checking names or details, tsc reports the directive unused.
import { SbElement } from "../../src/ui/sb-element.ts";
import "../../src/ui/sb-add-excerpt-dialog/sb-add-excerpt-dialog.ts";
import "../../src/ui/sb-agenda-item/sb-agenda-item.ts";
import "../../src/ui/sb-source-library/sb-source-library.ts";

export abstract class EmitProbe extends SbElement {
  declared(): boolean[] {
    return [
      this.emit("sb-source-open", { sourceId: "un-hrc-25-48-add1" }),
      this.emit("sb-agenda-item-move", { by: -1 }),
      this.emit("sb-dialog-close"),
      this.emit("sb-source-open", { sourceId: "x" }, { cancelable: false }),
    ];
  }

  undeclared(): void {
    // @ts-expect-error an event no element declares
    this.emit("sb-source-opened", { sourceId: "x" });
    // @ts-expect-error a DOM event is not an sb-* CustomEvent with a detail
    this.emit("click", { sourceId: "x" });
  }

  wrongDetail(): void {
    // @ts-expect-error the detail's field has another name
    this.emit("sb-source-open", { source: "x" });
    // @ts-expect-error the detail's field has another type
    this.emit("sb-source-open", { sourceId: 7 });
    // @ts-expect-error a move is one step, up or down
    this.emit("sb-agenda-item-move", { by: 2 });
    // @ts-expect-error the detail cannot be left out
    this.emit("sb-source-open");
  }
}
