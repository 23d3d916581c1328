/** What sort of unit a department is; a GROUP (各镇、街道) stands for its member units. */
export enum DepartmentKind {
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  PARTY_DEPARTMENT = 'PARTY_DEPARTMENT',
  JUDICIAL_ORGAN = 'JUDICIAL_ORGAN',
  TOWN = 'TOWN',
  SUBDISTRICT = 'SUBDISTRICT',
  GROUP = 'GROUP',
  LEADING_GROUP = 'LEADING_GROUP',
}

/** Whether a unit is in the register's use. */
export enum DepartmentState {
  /** 在用: may be assigned measures, hold accounts, report. */
  ACTIVE = 'ACTIVE',
  /** 已撤销: retired, or merged into another unit (机构改革); its history stays under it. */
  RETIRED = 'RETIRED',
}
