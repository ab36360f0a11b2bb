/** A hash of the code that reads an added file (vite.config.ts defines it from bin/compiled-cli.js). */
declare const __SB_EXTRACTOR_VERSION__: string;
