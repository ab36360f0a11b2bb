// Types of compiled-cli.js for the TypeScript that imports it (vite.config.ts).
export declare const PACKAGE_ROOT: string;
export declare const BUILD_DIR: string;
export declare const MANIFEST: string;
export declare function hashFile(file: string): string;
export declare function parserVersion(): string;
export declare function extractorVersion(): string;
export declare function freshBuild(): { entry: string; parserVersion: string } | undefined;
export declare function writeAtomically(path: string, text: string): void;
