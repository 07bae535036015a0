/**
 * The data checks, in the order their errors are listed: identity and references first, since a record
 * that names nothing real makes every later message about it noise; then the places, the activities'
 * scope, the figures, and last the citations and the source texts as a whole.
 */
import type { DataError } from '../errors';
import { checkCitations } from './citations';
import { checkCountyFigureOnTownship } from './countyFigureOnTownship';
import { checkDuplicateRecords } from './duplicateRecords';
import { checkFigureReuse } from './figureReuse';
import { checkFiguresInPhrase } from './figuresInPhrase';
import { checkIds } from './ids';
import { checkNamesInReport } from './namesInReport';
import { checkOfficialCodes } from './officialCodes';
import { checkPairingSides } from './pairingSides';
import { checkPartOf } from './partOf';
import { checkPlaceTownships } from './placeTownships';
import { checkReaderNotes } from './readerNotes';
import { checkReferences } from './references';
import { checkReportCoverage } from './reportCoverage';
import { checkScope } from './scope';
import { checkSharedFlag } from './sharedFlag';
import { checkSources } from './sources';
import { checkSourceTexts } from './sourceTexts';
import { checkSplitNotes } from './splitNotes';
import { checkTextFields } from './textFields';
import type { Check, CheckContext, IndexedDataset } from './types';
import { checkUnassignedPlaces } from './unassignedPlaces';
import { checkUnits } from './units';

export const DATA_CHECKS: readonly Check[] = [
  checkIds,
  checkTextFields,
  checkReferences,
  checkUnits,
  checkSources,
  checkSourceTexts,
  checkOfficialCodes,
  checkPlaceTownships,
  checkUnassignedPlaces,
  checkReaderNotes,
  checkScope,
  checkCountyFigureOnTownship,
  checkSharedFlag,
  checkPairingSides,
  checkSplitNotes,
  checkFigureReuse,
  checkDuplicateRecords,
  checkFiguresInPhrase,
  checkPartOf,
  checkCitations,
  checkNamesInReport,
  checkReportCoverage,
];

export function runChecks(data: IndexedDataset, context: CheckContext): DataError[] {
  return DATA_CHECKS.flatMap((check) => check(data, context));
}

export {
  indexDataset,
  type Check,
  type CheckContext,
  type IndexedDataset,
  type SourceText,
  type TextProblem,
} from './types';
