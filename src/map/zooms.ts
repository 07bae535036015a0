/**
 * Zooms the urban 街道 are shown at. Their five cells share a few km² round the county seat: their names are
 * drawn from `urbanLabelMinZoom` on (where the cells can hold them), and every fit of them alone is made at
 * least that close, so wherever the app shows the urban cells it names them.
 */
export const urbanLabelMinZoom = 9.5;
/** No closer than this when the urban 街道 are fitted: close enough to read each cell, the seat in view. */
export const urbanFitMaxZoom = 12;
