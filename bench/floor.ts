// The physical floor of the stack: MapLibre, the same geo files, one fill layer, no framework.
import { floorMap } from './floorMap';

floorMap();
