import type { DepartmentKind } from '../../gql/graphql';

/** Each kind of unit in words (the server's DepartmentKind). */
export const KIND_LABEL: Record<DepartmentKind, string> = {
  GOVERNMENT_DEPARTMENT: '政府工作部门',
  PARTY_DEPARTMENT: '党委工作部门',
  JUDICIAL_ORGAN: '司法机关',
  TOWN: '镇',
  SUBDISTRICT: '街道',
  GROUP: '单位组合',
  LEADING_GROUP: '领导小组',
};
