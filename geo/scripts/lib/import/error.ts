/** The one error the import throws for anything wrong with its input: the CLI prints its message. */
export class ImportError extends Error {
  override name = 'ImportError';
}
