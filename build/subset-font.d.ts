/** subset-font ships no types: the one call build/fontSubset.ts makes. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'woff' | 'woff2';
      keepFeatures?: string[];
      preserveNameIds?: number[];
    },
  ): Promise<Uint8Array>;
}
