/** When an hour's weather is worth mentioning. Hourly values, as the forecast gives them. */

/** Rain (or any precipitation) from this much per hour counts as "rain". */
export const RAIN_MM_PER_HOUR = 1;
/** Heat from this temperature. */
export const HEAT_C = 30;
/** Cold (frost, ice) at or below this temperature. */
export const FROST_C = 0;
/** Strong wind from this speed (Beaufort 6, "strong breeze"). */
export const STRONG_WIND_KPH = 40;
/** Below this the day counts as dry in the headline. */
export const TRACE_RAIN_MM = 0.2;

/** WMO weather codes: thunderstorm (95-99) and snow (71-77 snowfall and grains, 85-86 snow showers). */
export const THUNDERSTORM_CODES: ReadonlySet<number> = new Set([95, 96, 99]);
export const SNOW_CODES: ReadonlySet<number> = new Set([71, 73, 75, 77, 85, 86]);

/** The headline describes the waking day, local hours [start, end). */
export const HEADLINE_FIRST_HOUR = 7;
export const HEADLINE_LAST_HOUR = 21;
/** Travel is exposed to the weather on the way there too. */
export const TRAVEL_LEAD_MINUTES = 60;
