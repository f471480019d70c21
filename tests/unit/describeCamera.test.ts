import { describe, expect, it } from 'vitest';
import { aboutKm, compass, describeCamera, listAnd, placePhrase } from '../../src/lib/geo/describeCamera.ts';

const hoeryong = { id: 'hoeryong', name: 'Hoeryong', country: 'North Korea', lat: 42.433, lon: 129.75 };
const musan = { id: 'musan', name: 'Musan County', country: 'North Korea', lat: 42.0706, lon: 129.3389 };
const fangchuan = { id: 'fangchuan', name: 'Fangchuan (tri-border viewpoint)', country: 'China', lat: 42.437, lon: 130.5883 };
const bridge = { id: 'friendship-bridge', name: 'Korea-Russia Friendship Bridge', country: 'Russia / North Korea', lat: 42.4152, lon: 130.6411 };
const places = [hoeryong, musan, fangchuan, bridge];

describe('describeCamera', () => {
  it('describeCamera names the place the camera is centred on, the zoom and the width of ground shown', () => {
    const text = describeCamera({ camera: { center: [129.75, 42.433], zoom: 9 }, places, shown: [hoeryong] });
    expect(text).toMatch(/^Map centred on Hoeryong \(North Korea\), zoom 9, about 45 km across\./);
    expect(text).toContain('Marked: Hoeryong (North Korea).');
    expect(text).toMatch(/Country shapes from OpenStreetMap\.$/);
  });

  it('describeCamera lists the countries in view and says when the northern border is drawn', () => {
    const text = describeCamera({ camera: { center: [129.75, 42.433], zoom: 9 }, places, shown: [], countries: ['North Korea', 'China'], borderVisible: true });
    expect(text).toContain('showing parts of North Korea and China.');
    expect(text).toContain("The highlighted line is North Korea's border with China and Russia.");
  });

  it('describeCamera tells a marked place outside the frame and its direction', () => {
    const text = describeCamera({ camera: { center: [129.75, 42.433], zoom: 9 }, places, shown: [hoeryong, musan] });
    expect(text).toContain('Musan County (North Korea) is marked but lies outside this view, to the south-west.');
  });

  it('describeCamera describes an overview by its extent rather than by the nearest town', () => {
    const text = describeCamera({ camera: { center: [127.5495, 41.1964], zoom: 5 }, places, shown: [] });
    expect(text).toMatch(/^Map of the region from about 123°E to 132°E and 39°N to 44°N \(zoom 5, about 740 km across\)/);
  });

  it('describeCamera says that a pitched view is drawn flat and how a bearing turns north', () => {
    const text = describeCamera({ camera: { center: [129.75, 42.433], zoom: 9, bearing: 30, pitch: 45 }, places, shown: [] });
    expect(text).toContain('north points 30° to the left of straight up');
    expect(text).toContain('tilts this view by 45°; this drawing shows it flat.');
  });

  it('describeCamera centres a close-up on the tri-border viewpoint and no longer apologises for the outlines', () => {
    const text = describeCamera({ camera: { center: [130.5883, 42.437], zoom: 11 }, places, shown: [fangchuan] });
    expect(text).toMatch(/^Map centred on Fangchuan \(tri-border viewpoint, China\)/);
    expect(text).not.toMatch(/approximate|generalised|falls inside/);
  });
});

describe('description helpers', () => {
  it('placePhrase puts the country in brackets, says "between" for a crossing, and joins a name\'s own brackets', () => {
    expect(placePhrase(hoeryong)).toBe('Hoeryong (North Korea)');
    expect(placePhrase(bridge)).toBe('Korea-Russia Friendship Bridge (between Russia and North Korea)');
    expect(placePhrase(fangchuan)).toBe('Fangchuan (tri-border viewpoint, China)');
    expect(placePhrase({ id: 't', name: 'Tumen (city, China)', country: 'China' })).toBe('Tumen (city, China)');
  });

  it('listAnd, aboutKm and compass read as English', () => {
    expect(listAnd(['A', 'B', 'C'])).toBe('A, B and C');
    expect(aboutKm(741.3)).toBe('about 740 km');
    expect(aboutKm(5.62)).toBe('about 5.6 km');
    expect(compass([129.75, 42.433], [129.75, 43])).toBe('north');
    expect(compass([129.75, 42.433], [129.3389, 42.0706])).toBe('south-west');
  });
});
