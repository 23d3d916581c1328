/**
 * China's public holidays and make-up workdays (调休), as the State Council's General Office announces them each
 * year (国务院办公厅关于某年部分节假日安排的通知). `off` is the whole run of days off, weekends inside it included;
 * `workdays` are the weekend days worked in exchange. Later years are added here, or by the plan office through
 * `setCalendarDay`, which overrides this table day by day.
 */
export interface HolidayNotice {
  year: number;
  /** The notice's document number. */
  source: string;
  holidays: { name: string; off: [string, string]; workdays: string[] }[];
}

export const CHINA_HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2022,
    source: '国办发明电〔2021〕11号',
    holidays: [
      { name: '元旦', off: ['2022-01-01', '2022-01-03'], workdays: [] },
      { name: '春节', off: ['2022-01-31', '2022-02-06'], workdays: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', off: ['2022-04-03', '2022-04-05'], workdays: ['2022-04-02'] },
      { name: '劳动节', off: ['2022-04-30', '2022-05-04'], workdays: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', off: ['2022-06-03', '2022-06-05'], workdays: [] },
      { name: '中秋节', off: ['2022-09-10', '2022-09-12'], workdays: [] },
      { name: '国庆节', off: ['2022-10-01', '2022-10-07'], workdays: ['2022-10-08', '2022-10-09'] },
    ],
  },
  {
    year: 2023,
    source: '国办发明电〔2022〕16号',
    holidays: [
      { name: '元旦', off: ['2022-12-31', '2023-01-02'], workdays: [] },
      { name: '春节', off: ['2023-01-21', '2023-01-27'], workdays: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', off: ['2023-04-05', '2023-04-05'], workdays: [] },
      { name: '劳动节', off: ['2023-04-29', '2023-05-03'], workdays: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', off: ['2023-06-22', '2023-06-24'], workdays: ['2023-06-25'] },
      { name: '中秋节、国庆节', off: ['2023-09-29', '2023-10-06'], workdays: ['2023-10-07', '2023-10-08'] },
    ],
  },
  {
    year: 2024,
    source: '国办发明电〔2023〕7号',
    holidays: [
      { name: '元旦', off: ['2024-01-01', '2024-01-01'], workdays: [] },
      { name: '春节', off: ['2024-02-10', '2024-02-17'], workdays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', off: ['2024-04-04', '2024-04-06'], workdays: ['2024-04-07'] },
      { name: '劳动节', off: ['2024-05-01', '2024-05-05'], workdays: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', off: ['2024-06-10', '2024-06-10'], workdays: [] },
      { name: '中秋节', off: ['2024-09-15', '2024-09-17'], workdays: ['2024-09-14'] },
      { name: '国庆节', off: ['2024-10-01', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    source: '国办发明电〔2024〕12号',
    holidays: [
      { name: '元旦', off: ['2025-01-01', '2025-01-01'], workdays: [] },
      { name: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04', '2025-04-06'], workdays: [] },
      { name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31', '2025-06-02'], workdays: [] },
      { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    source: '国办发明电〔2025〕7号',
    holidays: [
      { name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04', '2026-04-06'], workdays: [] },
      { name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19', '2026-06-21'], workdays: [] },
      { name: '中秋节', off: ['2026-09-25', '2026-09-27'], workdays: [] },
      { name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
