/**
 * The page model moved to src/page (the picture export in src/export draws from it too, and src/book already
 * imports src/export); the book's renderers keep importing it from here.
 */
export * from '../page/blocks';
