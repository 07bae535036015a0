/**
 * The one error the import throws for anything wrong with its input: the CLI prints its kind and message.
 * The kind says which check refused the file, so a caller (or a test) can tell a zip bomb from a gap.
 */
export const importErrorKinds = {
  unreadable: 'the file cannot be read',
  empty: 'the file is empty',
  'too-large': 'the file is larger than the import reads',
  'zip-bomb': 'the archive inflates to more than the import reads',
  format: 'not GeoJSON, TopoJSON or a zipped Shapefile',
  'too-deep': 'JSON nested deeper than any boundary file needs',
  'too-many-vertices': 'more positions than the import reads',
  shapefile: 'a Shapefile that cannot be read',
  'record-mismatch': 'the .shp and the .dbf hold different numbers of records',
  'unknown-encoding': 'the .dbf text is in an encoding the import cannot tell',
  'no-polygons': 'no features or no polygons',
  match: 'features that match no township, or the same township twice, or a township missing',
  'code-name': 'a feature whose code and name are of two different townships',
  schematic: "the project's own schematic cells, not official boundaries",
  'bad-coordinate': 'a coordinate that is not a finite number or out of range',
  'broken-ring': 'a ring with fewer than 3 distinct positions',
  'invalid-geometry': 'a township that is not a valid polygon even after repair',
  crs: 'a coordinate system that is unknown or puts the file off Huize',
  overlap: 'two townships overlap by more than the tolerance',
  gap: 'a gap between townships inside the county',
  coverage: 'the townships cover too little of the county outline',
} as const;

export type ImportErrorKind = keyof typeof importErrorKinds;

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly kind: ImportErrorKind,
    message: string,
  ) {
    super(message);
  }
}
