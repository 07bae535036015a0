/**
 * The vocabulary every folder of the app shares: what a metric, a selection, a view, a site kind, a
 * classification method, a projector theme and a locale are, and the enums of the records. It imports
 * nothing of the app, so any module may import it without creating a cycle.
 */
export * from './locale';
export * from './metrics';
export * from './records';
export * from './sites';
export * from './view';
