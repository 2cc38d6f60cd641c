export {
  LUNAR_SUPPORTED_YEARS,
  VIETNAM_TIME_ZONE,
  leapMonthOf,
  lunarMonthLength,
  lunarNewYearsEve,
  lunarToSolar,
  solarToLunar,
  type LunarDate,
} from './lunar.ts';
export {
  HOLIDAY_KINDS,
  LABOUR_CODE_2019_FROM_YEAR,
  defaultNationalDayAdjacent,
  holidayKindLabel,
  isWeekend,
  statutoryHolidays,
  type Holiday,
  type HolidayKind,
} from './holidays.ts';
export {
  DEFAULT_HOLIDAY_CALENDAR,
  createHolidayCalendar,
  type DayOffInput,
  type HolidayCalendar,
  type HolidayOverrides,
} from './holiday-calendar.ts';
