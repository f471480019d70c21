// The region's shapes (content/data/map/region.json, from `npm run map:region`) and the land paths
// drawn from them, computed once per build. Server only: the browser never loads the geometry.
import regionJson from '../../../content/data/map/region.json';
import { landPaths, type LandPaths, type Region } from '../../lib/geo/region.ts';

export const region = regionJson as unknown as Region;

let land: LandPaths | undefined;
export function regionLand(): LandPaths {
  land ??= landPaths(region);
  return land;
}
