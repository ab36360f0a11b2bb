// The browser, its workers and Node 20 all have these globals, but ES2023's lib does not declare
// them; only what the core uses, so the core is type-checked without the DOM or Node typings.
// tsconfig.json leaves this file out: there the DOM lib declares them in full.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
