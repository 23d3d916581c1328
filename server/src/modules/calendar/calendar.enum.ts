/** Where a calendar entry comes from. */
export enum CalendarSource {
  BUILT_IN = 'BUILT_IN',
  OFFICE = 'OFFICE',
}
