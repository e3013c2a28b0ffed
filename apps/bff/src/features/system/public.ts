// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { compressReads } from "./compress-reads.ts";
export { serveSpa } from "./spa.ts";
