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
